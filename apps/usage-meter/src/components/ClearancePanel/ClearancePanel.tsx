import { Flex, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NationalClearanceTime } from '@sw/contracts';
import { Chart, ExportButtons, type ExportColumn } from '@sw/ui';
import type { ClearancePoint } from '../../analysis/series.ts';
import { clearanceOption } from '../../charts/chartOptions.ts';
import { useChartLocale } from '../../charts/useChartLocale.ts';
import { useUsageFormat } from '../../format/useUsageFormat.ts';
import { ChartPanel } from '../ChartPanel/ChartPanel.tsx';
import { Provenance } from '../Provenance/Provenance.tsx';

interface ClearancePanelProps {
  points: ClearancePoint[];
  national: readonly NationalClearanceTime[];
  asOf: string;
  scopeLabel: string;
  /** Several ports are averaged (weighted by goods declarations). */
  averaged: boolean;
}

/** Average release times for imports and exports, month by month, against the national figures. */
export function ClearancePanel({ points, national, asOf, scopeLabel, averaged }: ClearancePanelProps) {
  const { t } = useTranslation();
  const format = useUsageFormat();
  const chartLocale = useChartLocale();
  const nationalLabel = (reference: NationalClearanceTime) =>
    t(`clearance.national.${reference.kind}`, {
      period: reference.period.length === 4 ? reference.period : format.longMonth(reference.period),
    });
  const options = useMemo(
    () =>
      (['import', 'export'] as const).map((direction) =>
        clearanceOption({
          points,
          direction,
          national,
          nationalLabel,
          format,
          seriesName: t(`clearance.${direction}Series`, { scope: scopeLabel }),
          unit: t('clearance.unit'),
        }),
      ),
    // nationalLabel is derived from t and format only
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [points, national, format, t, scopeLabel],
  );
  const rows = useMemo(() => [...points].reverse(), [points]);
  const tableName = t('clearance.table', { scope: scopeLabel });
  const exportColumns: ExportColumn<ClearancePoint>[] = [
    { title: t('columns.month'), value: (row) => row.month },
    { title: t('clearance.importHours'), value: (row) => row.importHours },
    { title: t('clearance.exportHours'), value: (row) => row.exportHours },
    { title: t('columns.source'), value: (row) => (row.demo ? t('common:demoData') : '') },
  ];
  return (
    <ChartPanel
      title={t('clearance.heading')}
      actions={
        <ExportButtons
          size="small"
          what={tableName}
          fileName={t('clearance.fileName')}
          columns={exportColumns}
          rows={rows}
        />
      }
      chart={
        <Flex vertical gap={16}>
          {options.map((option, index) => (
            <Chart
              key={index === 0 ? 'import' : 'export'}
              option={option}
              height={260}
              ariaLabel={t(index === 0 ? 'clearance.importChart' : 'clearance.exportChart', { scope: scopeLabel })}
              locale={chartLocale}
            />
          ))}
        </Flex>
      }
      table={
        <Flex vertical gap={16}>
          <Table<ClearancePoint>
            size="small"
            rowKey="month"
            aria-label={tableName}
            dataSource={rows}
            pagination={{ pageSize: 12, showSizeChanger: false, size: 'small' }}
            columns={[
              { title: t('columns.month'), dataIndex: 'month', render: format.month },
              { title: t('clearance.importHours'), dataIndex: 'importHours', align: 'right', render: format.hours },
              { title: t('clearance.exportHours'), dataIndex: 'exportHours', align: 'right', render: format.hours },
            ]}
          />
          <Table<NationalClearanceTime>
            size="small"
            rowKey="id"
            aria-label={t('clearance.nationalTable')}
            title={() => t('clearance.nationalTable')}
            dataSource={[...national]}
            pagination={false}
            columns={[
              { title: t('clearance.reference'), key: 'label', render: (_: unknown, row) => nationalLabel(row) },
              { title: t('clearance.importHours'), dataIndex: 'importHours', align: 'right', render: format.hours },
              { title: t('clearance.exportHours'), dataIndex: 'exportHours', align: 'right', render: format.hours },
            ]}
          />
        </Flex>
      }
      footer={
        <>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 13 }}>
            {averaged ? t('clearance.methodAveraged') : t('clearance.methodPort')}{' '}
            {t('clearance.nationalSource', { source: national[0]?.source ?? '' })}
          </Typography.Paragraph>
          <Provenance asOf={asOf} demo={points.some((p) => p.demo)} sources={[]} />
        </>
      }
    />
  );
}
