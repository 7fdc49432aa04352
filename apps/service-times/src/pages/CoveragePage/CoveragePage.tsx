import { Alert, Card, Flex, Statistic, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { COVERAGE_STATUSES } from '@sw/contracts';
import { useCoverage } from '../../api/useCoverage.ts';
import { useTerminals } from '../../api/useTerminals.ts';
import { CoverageBoard } from '../../components/CoverageBoard/CoverageBoard.tsx';
import { Pending } from '../../components/Pending/Pending.tsx';
import { useServiceFormat } from '../../format/useServiceFormat.ts';

/** Which terminals have published the four required standards, and which are overdue. */
export function CoveragePage() {
  const { t } = useTranslation();
  const format = useServiceFormat();
  const titleId = useId();
  const coverage = useCoverage();
  const terminals = useTerminals();

  if (coverage.isError || terminals.isError || !coverage.data || !terminals.data) {
    return <Pending queries={[coverage, terminals]} />;
  }
  const { deadline, summary, terminals: rows } = coverage.data;
  const overdue = summary.overdue;

  return (
    <section aria-labelledby={titleId}>
      <Typography.Title id={titleId} level={3} style={{ marginTop: 0 }}>
        {t('coverage.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('coverage.intro', { deadline: format.date(deadline) })}
      </Typography.Paragraph>
      <Flex wrap gap={12} style={{ marginBottom: 16 }} role="list" aria-label={t('coverage.summaryLabel')}>
        {COVERAGE_STATUSES.map((status) => (
          <Card key={status} size="small" role="listitem" style={{ minWidth: 150 }}>
            <Statistic title={t(`coverageStatuses.${status}`)} value={summary[status]} />
          </Card>
        ))}
      </Flex>
      {overdue > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('coverage.overdueAlert', { count: overdue, deadline: format.date(deadline) })}
        />
      )}
      <CoverageBoard coverage={rows} terminals={terminals.data.items} />
    </section>
  );
}
