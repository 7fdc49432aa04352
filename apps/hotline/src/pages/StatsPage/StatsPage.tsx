import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_CATEGORIES, COMPLAINT_UNITS, type ComplaintStatsRow } from '@sw/contracts';
import { LoadError, useLocale } from '@sw/module-kit';
import { Chart, downloadTable, type ExportColumn } from '@sw/ui';
import { useComplaintStats } from '../../api/staffQueries.ts';
import { refusalMessage } from '../../errors/errorMessage.ts';
import { useHotlineFormat } from '../../format/useHotlineFormat.ts';
import { FIRST_STATS_RANGE, STATS_RANGES, statsQuery } from '../../navigation/staffPageParams.ts';

/** Monthly statistics by category or by unit: a chart, the table beside it, and CSV or Excel export. */
export function StatsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useHotlineFormat();
  const [range, setRange] = useState<(typeof STATS_RANGES)[number]>(FIRST_STATS_RANGE);
  const [by, setBy] = useState<'category' | 'unit'>('category');
  const stats = useComplaintStats(statsQuery(range));

  const option = useMemo(() => {
    if (!stats.data) return undefined;
    const groups: readonly string[] = by === 'category' ? COMPLAINT_CATEGORIES : COMPLAINT_UNITS;
    const prefix = by === 'category' ? 'categories' : 'units';
    return {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 40, right: 16, top: 16, bottom: 64 },
      xAxis: { type: 'category', data: stats.data.months.map(format.month) },
      yAxis: { type: 'value', minInterval: 1 },
      series: groups.map((group) => ({
        name: t(`${prefix}.${group}`),
        type: 'bar',
        stack: 'received',
        data: stats.data.months.map((month) =>
          stats.data.rows
            .filter((row) => row.month === month && row[by] === group)
            .reduce((sum, row) => sum + row.received, 0),
        ),
      })),
    };
  }, [stats.data, by, t, format]);

  if (stats.isError && !stats.data)
    return (
      <LoadError
        refusal={refusalMessage(t)}
        title={t('stats.loadFailed')}
        error={stats.error}
        onRetry={() => void stats.refetch()}
      />
    );

  const rows = stats.data?.rows ?? [];
  const inTime = (count: number, of: number) => (of ? format.percent(count / of) : '–');
  const exportColumns: ExportColumn<ComplaintStatsRow>[] = [
    { title: t('stats.month'), value: (row) => row.month },
    { title: t('stats.category'), value: (row) => t(`categories.${row.category}`) },
    { title: t('stats.unit'), value: (row) => t(`units.${row.unit}`) },
    { title: t('stats.received'), value: (row) => row.received },
    { title: t('stats.closed'), value: (row) => row.closed },
    { title: t('stats.acknowledgedInTime'), value: (row) => row.acknowledgedInTime },
    { title: t('stats.repliedInTime'), value: (row) => row.repliedInTime },
    { title: t('stats.overdue'), value: (row) => row.overdue },
  ];
  const columns: TableColumnsType<ComplaintStatsRow> = [
    { key: 'month', title: t('stats.month'), render: (_, row) => format.month(row.month) },
    { key: 'category', title: t('stats.category'), render: (_, row) => t(`categories.${row.category}`) },
    { key: 'unit', title: t('stats.unit'), render: (_, row) => t(`units.${row.unit}`) },
    { key: 'received', title: t('stats.received'), align: 'right', render: (_, row) => format.number(row.received) },
    { key: 'closed', title: t('stats.closed'), align: 'right', render: (_, row) => format.number(row.closed) },
    {
      key: 'ack',
      title: t('stats.acknowledgedInTime'),
      align: 'right',
      render: (_, row) => inTime(row.acknowledgedInTime, row.received),
    },
    {
      key: 'reply',
      title: t('stats.repliedInTime'),
      align: 'right',
      render: (_, row) => inTime(row.repliedInTime, row.received),
    },
    { key: 'overdue', title: t('stats.overdue'), align: 'right', render: (_, row) => format.number(row.overdue) },
  ];
  const fileName = `${t('stats.fileName')}-${stats.data?.months[0] ?? ''}-${stats.data?.months.at(-1) ?? ''}`;

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('stats.intro')}
      </Typography.Paragraph>
      <Flex wrap gap={12} align="center" justify="space-between">
        <Flex wrap gap={12}>
          <Segmented
            aria-label={t('stats.range')}
            value={range}
            onChange={(value) => setRange(value as (typeof STATS_RANGES)[number])}
            options={STATS_RANGES.map((months) => ({ value: months, label: t('stats.lastMonths', { count: months }) }))}
          />
          <Segmented
            aria-label={t('stats.by')}
            value={by}
            onChange={(value) => setBy(value as 'category' | 'unit')}
            options={[
              { value: 'category', label: t('stats.byCategory') },
              { value: 'unit', label: t('stats.byUnit') },
            ]}
          />
        </Flex>
        <Flex gap={8}>
          <Button
            icon={<DownloadOutlined aria-hidden />}
            disabled={!rows.length}
            onClick={() => void downloadTable('csv', fileName, exportColumns, rows)}
          >
            CSV
          </Button>
          <Button
            icon={<DownloadOutlined aria-hidden />}
            disabled={!rows.length}
            onClick={() => void downloadTable('xlsx', fileName, exportColumns, rows)}
          >
            Excel
          </Button>
        </Flex>
      </Flex>
      {option ? (
        <Chart
          option={option}
          ariaLabel={t(by === 'category' ? 'stats.chartByCategory' : 'stats.chartByUnit')}
          locale={locale === 'en' ? 'EN' : 'ZH'}
        />
      ) : (
        <Skeleton.Node active style={{ width: '100%', height: 320 }} />
      )}
      <Table<ComplaintStatsRow>
        rowKey={(row) => `${row.month}-${row.category}-${row.unit}`}
        aria-label={t('stats.tableLabel')}
        columns={columns}
        dataSource={rows}
        loading={stats.isFetching}
        size="small"
        pagination={{ pageSize: 24, hideOnSinglePage: true }}
        scroll={{ x: 800 }}
      />
    </Flex>
  );
}
