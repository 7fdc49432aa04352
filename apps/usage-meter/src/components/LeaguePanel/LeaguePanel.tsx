import { Button, Segmented, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  USAGE_BUSINESSES,
  usageModeOf,
  type Port,
  type PortId,
  type UsageBusiness,
  type UsageFigure,
} from '@sw/contracts';
import { Chart, ExportButtons, ToneTag, type ExportColumn } from '@sw/ui';
import { leagueTable, type LeagueRow } from '../../analysis/series.ts';
import { leagueOption } from '../../charts/chartOptions.ts';
import { useChartLocale } from '../../charts/useChartLocale.ts';
import { useUsageFormat } from '../../format/useUsageFormat.ts';
import type { UsageNames } from '../../format/useUsageNames.ts';
import { ChartPanel } from '../ChartPanel/ChartPanel.tsx';
import { Provenance } from '../Provenance/Provenance.tsx';
import { RevisionHistory } from '../RevisionHistory/RevisionHistory.tsx';

interface LeaguePanelProps {
  figures: readonly UsageFigure[];
  ports: readonly Port[];
  /** The ports of the current scope. */
  scopePorts: readonly PortId[];
  month: string | undefined;
  business: UsageBusiness;
  onBusinessChange(business: UsageBusiness): void;
  /** Drill down to one port. */
  onSelectPort(port: PortId): void;
  asOf: string;
  names: UsageNames;
  scopeLabel: string;
}

/** The ports ranked by their rate in the latest month, each one a drill-down. */
export function LeaguePanel(props: LeaguePanelProps) {
  const { figures, ports, scopePorts, month, business, names, asOf, scopeLabel } = props;
  const { t } = useTranslation();
  const format = useUsageFormat();
  const chartLocale = useChartLocale();
  const rows = useMemo(
    () => (month ? leagueTable(figures, business, scopePorts, month) : []),
    [figures, business, scopePorts, month],
  );
  const option = useMemo(
    () =>
      leagueOption({
        rows,
        portName: names.port,
        format,
        seriesName: names.business(business),
        targetLabel: t('trend.target', { rate: format.rate(1) }),
      }),
    [rows, names, format, business, t],
  );
  const modeOf = (port: PortId) => {
    const found = ports.find((p) => p.id === port);
    return found ? names.mode(usageModeOf(found.mode)) : '';
  };
  const tableName = t('league.table', {
    business: names.business(business),
    month: month ? format.longMonth(month) : '',
  });
  const exportColumns: ExportColumn<LeagueRow>[] = [
    { title: t('league.rank'), value: (row) => row.rank },
    { title: t('columns.port'), value: (row) => names.port(row.port) },
    { title: t('league.mode'), value: (row) => modeOf(row.port) },
    { title: t('columns.singleWindow'), value: (row) => row.singleWindow },
    { title: t('columns.total'), value: (row) => row.total },
    { title: t('columns.rate'), value: (row) => row.rate },
    { title: t('league.change'), value: (row) => row.change },
    { title: t('columns.source'), value: (row) => (row.demo ? t('common:demoData') : row.source) },
  ];
  return (
    <ChartPanel
      title={t('league.heading')}
      controls={
        <Segmented
          aria-label={t('league.business')}
          value={business}
          options={USAGE_BUSINESSES.map((b) => ({ value: b, label: names.business(b) }))}
          onChange={(value) => props.onBusinessChange(value as UsageBusiness)}
        />
      }
      actions={
        <ExportButtons
          size="small"
          what={tableName}
          fileName={t('league.fileName')}
          columns={exportColumns}
          rows={rows}
        />
      }
      chart={
        <Chart
          option={option}
          height={Math.max(200, rows.length * 36 + 40)}
          ariaLabel={t('league.chartLabel', { business: names.business(business), scope: scopeLabel })}
          locale={chartLocale}
        />
      }
      table={
        <Table<LeagueRow>
          size="small"
          rowKey="port"
          aria-label={tableName}
          dataSource={rows}
          pagination={false}
          columns={[
            { title: t('league.rank'), dataIndex: 'rank', width: 56 },
            {
              title: t('columns.port'),
              dataIndex: 'port',
              render: (port: PortId) => (
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
                  aria-label={t('league.drill', { port: names.port(port) })}
                  onClick={() => props.onSelectPort(port)}
                >
                  {names.port(port)}
                </Button>
              ),
            },
            {
              title: t('columns.rate'),
              dataIndex: 'rate',
              align: 'right',
              render: (rate: number | undefined, row) => (
                <>
                  {format.rate(rate)}
                  {row.demo && (
                    <ToneTag tone="demo" style={{ marginInlineStart: 6, marginInlineEnd: 0 }}>
                      {t('common:demoData')}
                    </ToneTag>
                  )}
                  {month && (
                    <RevisionHistory
                      figure={{
                        business,
                        port: row.port,
                        month,
                        revision: revisionOf(figures, business, row.port, month),
                      }}
                      names={names}
                    />
                  )}
                </>
              ),
            },
            {
              title: t('league.change'),
              dataIndex: 'change',
              align: 'right',
              render: (change: number | undefined) => (change === undefined ? '–' : format.pointsChange(change)),
            },
          ]}
        />
      }
      footer={
        <Provenance
          asOf={asOf}
          demo={rows.some((row) => row.demo)}
          sources={[...new Set(rows.flatMap((row) => (row.source ? [row.source] : [])))]}
        />
      }
    />
  );
}

function revisionOf(figures: readonly UsageFigure[], business: UsageBusiness, port: PortId, month: string): number {
  return figures.find((f) => f.business === business && f.port === port && f.month === month)?.revision ?? 1;
}
