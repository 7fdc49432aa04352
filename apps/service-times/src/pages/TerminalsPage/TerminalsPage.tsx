import { EnvironmentOutlined, PhoneOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ModuleLink, useLocale } from '@sw/module-kit';
import { useCoverage } from '../../api/useCoverage.ts';
import { useTerminals } from '../../api/useTerminals.ts';
import { CoverageStatusTag } from '../../components/CoverageStatusTag/CoverageStatusTag.tsx';
import { DemoTag } from '../../components/DemoTag/DemoTag.tsx';
import { Pending } from '../../components/Pending/Pending.tsx';
import { paths } from '../../routing/paths.ts';

/** Shenzhen's container terminals, each with how far it has published, leading to its own page. */
export function TerminalsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const titleId = useId();
  const terminals = useTerminals();
  const coverage = useCoverage();

  if (terminals.isError || !terminals.data) return <Pending queries={[terminals]} />;
  const coverageOf = (id: string) => coverage.data?.terminals.find((entry) => entry.terminalId === id);

  return (
    <section aria-labelledby={titleId}>
      <Typography.Title id={titleId} level={3} style={{ marginTop: 0 }}>
        {t('terminals.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('terminals.intro')}</Typography.Paragraph>
      <Flex wrap gap={16} role="list" aria-label={t('terminals.listLabel')}>
        {terminals.data.items.map((terminal) => {
          const entry = coverageOf(terminal.id);
          const published = entry?.required.filter((r) => r.firstPublishedOn).length;
          return (
            <Card
              key={terminal.id}
              role="listitem"
              style={{ flex: '1 1 300px', maxWidth: 460 }}
              title={
                <Typography.Title level={4} style={{ margin: 0, fontSize: 16 }}>
                  <ModuleLink to={paths.terminal(terminal.id)}>
                    {terminal.name[locale]} ({terminal.shortName})
                  </ModuleLink>
                </Typography.Title>
              }
              extra={entry && <CoverageStatusTag status={entry.status} />}
            >
              <Flex vertical gap={6}>
                <Typography.Text type="secondary">{terminal.operator[locale]}</Typography.Text>
                <Typography.Text>
                  <EnvironmentOutlined aria-hidden /> {t(`ports.${terminal.port}`)} · {terminal.address[locale]}
                </Typography.Text>
                <Typography.Text>
                  <PhoneOutlined aria-hidden />{' '}
                  <a href={`tel:${terminal.contacts.phone.replace(/\s/g, '')}`}>{terminal.contacts.phone}</a>
                  {terminal.demo && <DemoTag />}
                </Typography.Text>
                {entry && published !== undefined && (
                  <Typography.Text>
                    {t('terminals.published', { count: published })}
                    {entry.optional.length > 0 && ` ${t('terminals.optional', { count: entry.optional.length })}`}
                  </Typography.Text>
                )}
              </Flex>
            </Card>
          );
        })}
      </Flex>
    </section>
  );
}
