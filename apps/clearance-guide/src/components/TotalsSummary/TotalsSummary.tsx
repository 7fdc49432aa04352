import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcedureTotals } from '@sw/contracts';
import { useClearanceFormat } from '../../format/useClearanceFormat.ts';

/** Total time limit, typical time, cost and documents of a procedure (or of one shipment). */
export function TotalsSummary({ totals, costNote }: { totals: ProcedureTotals; costNote?: string }) {
  const { t } = useTranslation();
  const format = useClearanceFormat();
  const items = [
    { key: 'limit', title: t('totals.limit'), value: format.duration(totals.limitMinutes) },
    { key: 'typical', title: t('totals.typical'), value: format.duration(totals.typicalMinutes) },
    {
      key: 'cost',
      title: t('totals.cost'),
      value: format.money(totals.indicativeCost),
    },
    { key: 'documents', title: t('totals.documents'), value: format.number(totals.documentCount) },
  ];
  return (
    <Card size="small" style={{ marginBottom: 16 }} aria-label={t('totals.label')} role="region">
      <Row gutter={[16, 8]}>
        {items.map((item) => (
          <Col key={item.key} xs={12} md={6}>
            <Statistic title={item.title} value={item.value} />
          </Col>
        ))}
      </Row>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
        {t('totals.note', { steps: totals.stepCount })}
        {totals.stepsWithoutLimit > 0 && ` ${t('totals.withoutLimit', { count: totals.stepsWithoutLimit })}`}
        {totals.variableCostSteps > 0 && ` ${t('totals.variableCost', { count: totals.variableCostSteps })}`}
        {costNote && ` ${costNote}`}
      </Typography.Paragraph>
    </Card>
  );
}
