import { Flex, Select, Typography } from 'antd';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serviceOperationSchema, type Terminal } from '@sw/contracts';
import { useLocale } from '@sw/module-kit';
import { ExportButtons, type ExportColumn } from '@sw/ui';
import { useActuals } from '../../api/useActuals.ts';
import { useStandards } from '../../api/useStandards.ts';
import { useTerminals } from '../../api/useTerminals.ts';
import { lastMonths } from '../../compare/lastMonths.ts';
import { buildComparison, commitmentRecords, type ComparisonRow } from '../../compare/comparison.ts';
import { CompareChart } from '../../components/CompareChart/CompareChart.tsx';
import { CompareMatrix } from '../../components/CompareMatrix/CompareMatrix.tsx';
import { Pending } from '../../components/Pending/Pending.tsx';
import { useServiceFormat } from '../../format/useServiceFormat.ts';
import { useSearchParam } from '../../routing/useSearchParam.ts';

/** Compare terminals: operation × terminal matrix, fastest highlighted, a bar chart of one operation. */
export function ComparePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useServiceFormat();
  const titleId = useId();
  const terminalsLabel = useId();
  const operationLabel = useId();
  const terminals = useTerminals();
  const standards = useStandards();
  // The last twelve completed months, for "commitment met in n of 12 months".
  const [period] = useState(() => lastMonths(12));
  const actuals = useActuals(period);
  const [chosenParam, setChosen] = useSearchParam('terminals');
  const [operationParam, setOperation] = useSearchParam('operation');

  const all = terminals.data?.items;
  const chosen = useMemo(() => {
    const ids = chosenParam?.split(',').filter((id) => all?.some((terminal) => terminal.id === id));
    return ids?.length ? all!.filter((terminal) => ids.includes(terminal.id)) : (all ?? []);
  }, [all, chosenParam]);
  const rows = useMemo(
    () =>
      buildComparison(
        chosen.map((terminal) => terminal.id),
        standards.data?.items ?? [],
      ),
    [chosen, standards.data],
  );
  const records = useMemo(() => commitmentRecords(actuals.data?.items ?? []), [actuals.data]);
  const operation = serviceOperationSchema.safeParse(operationParam).data ?? 'unstuffing';
  const chartRow = rows.find((row) => row.operation === operation) ?? rows[0];

  const exportColumns = useMemo((): ExportColumn<ComparisonRow>[] => {
    const cell = (row: ComparisonRow, terminal: Terminal) => {
      const standard = row.cells[terminal.id];
      if (!standard) return row.required ? t('compare.notPublished') : '';
      return `${format.timeLimit(standard.timeLimit)} (${t('clockFrom', { event: t(`clockStarts.${standard.clockStart}`) })}); ${t('compare.commitment', { percent: format.percent(standard.commitmentPercent) })}`;
    };
    return [
      { title: t('compare.operation'), value: (row) => t(`operations.${row.operation}`) },
      ...chosen.map((terminal) => ({ title: terminal.shortName, value: (row: ComparisonRow) => cell(row, terminal) })),
    ];
  }, [chosen, t, format]);

  if (terminals.isError || standards.isError || !all || !standards.data) {
    return <Pending queries={[terminals, standards]} />;
  }

  return (
    <section aria-labelledby={titleId}>
      <Typography.Title id={titleId} level={3} style={{ marginTop: 0 }}>
        {t('compare.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('compare.intro')}</Typography.Paragraph>
      <Flex wrap gap={16} align="flex-end" justify="space-between" style={{ marginBottom: 16 }}>
        <Flex vertical gap={4} style={{ flex: '1 1 320px', maxWidth: 640 }}>
          <Typography.Text type="secondary" id={terminalsLabel}>
            {t('compare.terminals')}
          </Typography.Text>
          <Select
            aria-labelledby={terminalsLabel}
            mode="multiple"
            allowClear
            placeholder={t('compare.allTerminals')}
            value={chosenParam ? chosen.map((terminal) => terminal.id) : []}
            options={all.map((terminal) => ({
              value: terminal.id,
              label: `${terminal.shortName} · ${terminal.name[locale]}`,
            }))}
            onChange={(ids: string[]) => setChosen(ids.length ? ids.join(',') : undefined)}
            optionFilterProp="label"
          />
        </Flex>
        <ExportButtons fileName={t('compare.fileName')} columns={exportColumns} rows={rows} what={t('compare.title')} />
      </Flex>
      <CompareMatrix terminals={chosen} rows={rows} records={records} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
        {t('compare.recordNote', { from: format.month(period.from), to: format.month(period.to) })}
      </Typography.Paragraph>
      {chartRow && (
        <section aria-labelledby={operationLabel} style={{ marginTop: 32 }}>
          <Flex wrap gap={12} align="center" justify="space-between">
            <Typography.Title level={4} id={operationLabel} style={{ margin: 0 }}>
              {t('compare.chartTitle', { operation: t(`operations.${chartRow.operation}`) })}
            </Typography.Title>
            <Select
              aria-label={t('compare.chartOperation')}
              style={{ minWidth: 220 }}
              value={chartRow.operation}
              options={rows.map((row) => ({ value: row.operation, label: t(`operations.${row.operation}`) }))}
              onChange={(value) => setOperation(value)}
            />
          </Flex>
          <CompareChart terminals={chosen} row={chartRow} />
        </section>
      )}
    </section>
  );
}
