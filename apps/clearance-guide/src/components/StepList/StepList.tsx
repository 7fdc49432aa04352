import { Card, Flex, Typography, theme } from 'antd';
import { ToneTag } from '@sw/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClearanceAgency, ClearanceStep } from '@sw/contracts';
import { useClearanceFormat } from '../../format/useClearanceFormat.ts';
import { StepDetails } from './StepDetails.tsx';

interface StepListProps {
  steps: readonly ClearanceStep[];
  agencies: ReadonlyMap<string, ClearanceAgency>;
  /** Per-step actions (propose a change, report a problem). */
  actions?: (step: ClearanceStep) => ReactNode;
}

/** The steps in order, as a numbered timeline; each with its flags and full details. */
export function StepList({ steps, agencies, actions }: StepListProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const format = useClearanceFormat();
  return (
    <ol aria-label={t('step.listLabel')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {steps.map((step, index) => {
        const headingId = `cg-step-${step.id}`;
        return (
          <li
            key={step.id}
            className="cg-step"
            aria-labelledby={headingId}
            style={{ display: 'flex', gap: 12, paddingBottom: 16, position: 'relative' }}
          >
            <div
              aria-hidden="true"
              style={{
                flex: '0 0 32px',
                height: 32,
                borderRadius: 16,
                background: step.optional ? token.colorBgContainer : token.colorPrimary,
                border: `2px solid ${token.colorPrimary}`,
                color: step.optional ? token.colorPrimary : token.colorWhite,
                display: 'flex',
                alignItems: 'center',
                justifyContent: 'center',
                fontWeight: 600,
              }}
            >
              {index + 1}
            </div>
            <Card size="small" style={{ flex: 1, minWidth: 0 }}>
              <Flex wrap gap={8} align="baseline" justify="space-between">
                <Typography.Title level={3} id={headingId} style={{ fontSize: 16, margin: 0 }}>
                  <span className="cg-visually-hidden">{t('step.number', { number: index + 1 })} </span>
                  {format.text(step.title)}
                </Typography.Title>
                <Flex wrap gap={4}>
                  {step.optional && <ToneTag tone="warning">{t('flags.optional')}</ToneTag>}
                  {step.parallel && <ToneTag tone="info">{t('flags.parallel')}</ToneTag>}
                  {step.cargo && (
                    <ToneTag tone="accent">
                      {t('flags.cargo', { cargo: step.cargo.map((c) => t(`cargo.${c}`)).join(t('listSeparator')) })}
                    </ToneTag>
                  )}
                </Flex>
              </Flex>
              {step.condition && (
                <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
                  {format.text(step.condition)}
                </Typography.Text>
              )}
              <div style={{ marginTop: 8 }}>
                <StepDetails step={step} agency={agencies.get(step.agencyId)} />
              </div>
              {actions && (
                <Flex wrap gap={16} style={{ marginTop: 8 }} className="cg-no-print">
                  {actions(step)}
                </Flex>
              )}
            </Card>
          </li>
        );
      })}
    </ol>
  );
}
