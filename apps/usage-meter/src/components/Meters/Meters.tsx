import { Card, Flex, Typography, theme } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usageRate, type UsageTarget } from '@sw/contracts';
import { useTextStyles } from '@sw/ui';
import { completeSince, pointAt, type RateSeries } from '../../analysis/series.ts';
import { useUsageFormat } from '../../format/useUsageFormat.ts';
import type { UsageNames } from '../../format/useUsageNames.ts';
import { Provenance } from '../Provenance/Provenance.tsx';

interface MetersProps {
  series: RateSeries[];
  target: UsageTarget;
  asOf: string;
  names: UsageNames;
}

/** A bar from 0 to 100% with the rate filled in; a real `meter` for screen readers. */
function MeterBar({ rate, label, valueText }: { rate: number; label: string; valueText: string }) {
  const { token } = theme.useToken();
  return (
    <div
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(rate * 1000) / 10}
      aria-valuetext={valueText}
      style={{ height: 12, borderRadius: 6, background: token.colorFillSecondary, overflow: 'hidden' }}
    >
      <div
        style={{
          width: `${rate * 100}%`,
          height: '100%',
          background: rate >= 1 ? token.colorSuccess : token.colorPrimary,
        }}
      />
    </div>
  );
}

/**
 * A meter per business toward the 100% target: the latest complete month's rate, the remaining gap
 * (in points and in declarations still made outside the single window), the rate at the target date
 * or the month 100% was reached. Plain markup: no chart library, so it shows at once, and plain text
 * (useTextStyles) in the cards, which a language switch re-renders.
 */
export function Meters({ series, target, asOf, names }: MetersProps) {
  const { t } = useTranslation();
  const format = useUsageFormat();
  const styles = useTextStyles();
  const headingId = useId();
  const targetMonth = target.date.slice(0, 7);
  return (
    <section aria-labelledby={headingId} style={{ marginBottom: 24 }}>
      <Typography.Title id={headingId} level={3} style={{ fontSize: 18 }}>
        {t('meter.heading')}
      </Typography.Title>
      <Flex wrap gap={16}>
        {series.map((s) => {
          const latest = s.points.at(-1);
          const name = names.business(s.business);
          const since = completeSince(s);
          const atTarget = pointAt(s, targetMonth);
          return (
            <Card key={s.business} style={{ flex: '1 1 280px' }} styles={{ body: { padding: 20 } }}>
              <article aria-label={name}>
                <h4 style={{ ...styles.heading, fontSize: 16, marginBottom: '0.5em' }}>{name}</h4>
                {latest?.rate === undefined ? (
                  <span style={styles.secondary}>{t('meter.noData')}</span>
                ) : (
                  <Flex vertical gap={8}>
                    <Flex align="baseline" gap={8} wrap>
                      <span style={{ fontSize: 36, fontWeight: 600, lineHeight: 1.1 }}>{format.rate(latest.rate)}</span>
                      <span style={styles.secondary}>{format.longMonth(latest.month)}</span>
                    </Flex>
                    <MeterBar
                      rate={latest.rate}
                      label={t('meter.label', { business: name })}
                      valueText={t('meter.valueText', {
                        rate: format.rate(latest.rate),
                        month: format.longMonth(latest.month),
                      })}
                    />
                    <span>{t('meter.target', { rate: format.rate(target.rate), date: format.date(target.date) })}</span>
                    {since ? (
                      <strong style={styles.strong}>{t('meter.reached', { month: format.longMonth(since) })}</strong>
                    ) : (
                      <>
                        <strong style={styles.strong}>
                          {t('meter.gap', { points: format.points(target.rate - latest.rate) })}
                        </strong>
                        <span style={styles.secondary}>
                          {t('meter.outside', {
                            count: latest.total - latest.singleWindow,
                            formatted: format.count(latest.total - latest.singleWindow),
                          })}
                        </span>
                      </>
                    )}
                    {atTarget && (
                      <span style={styles.secondary}>
                        {t('meter.atTarget', {
                          month: format.longMonth(targetMonth),
                          rate: format.rate(usageRate(atTarget.singleWindow, atTarget.total)),
                        })}
                      </span>
                    )}
                  </Flex>
                )}
                <Provenance asOf={asOf} demo={latest?.demo ?? false} sources={latest?.sources ?? []} />
              </article>
            </Card>
          );
        })}
      </Flex>
    </section>
  );
}
