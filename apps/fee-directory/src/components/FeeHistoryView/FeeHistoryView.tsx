import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeeHistoryEntry, FeeItem } from '@sw/contracts';
import { useLocale } from '@sw/module-kit';
import { Chart } from '@sw/ui';
import { standardText } from '../../format/standardText.ts';
import { useFeeFormat } from '../../format/useFeeFormat.ts';
import { TAG_COLORS } from '../../theme/accessibleColors.ts';
import { standardSteps } from './historyChart.ts';

interface FeeHistoryViewProps {
  item: FeeItem;
  entries: readonly FeeHistoryEntry[];
  today: string;
}

/** An item's whole history: a chart of its standard over time and every change in a table beside it. */
export function FeeHistoryView({ item, entries, today }: FeeHistoryViewProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFeeFormat();
  const inForce = item.status === 'effective' || item.status === 'suspended';
  const steps = useMemo(() => standardSteps(entries, inForce ? today : undefined), [entries, inForce, today]);

  const option = useMemo(
    () => ({
      grid: { left: 72, right: 24, top: 24, bottom: 40 },
      tooltip: { trigger: 'axis', valueFormatter: (value: number) => format.money(value) },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', axisLabel: { formatter: (value: number) => format.money(value) } },
      series: [
        {
          type: 'line',
          step: 'end',
          name: t('history.standard'),
          data: steps.map((point) => [point.date, point.amount]),
          symbolSize: 8,
        },
      ],
    }),
    [steps, t, format],
  );

  const columns: TableColumnsType<FeeHistoryEntry> = [
    {
      key: 'date',
      title: t('history.date'),
      width: 130,
      render: (_, entry) => <time dateTime={entry.date}>{format.date(entry.date)}</time>,
    },
    {
      key: 'event',
      title: t('history.event'),
      width: 180,
      render: (_, entry) => (
        <>
          {t(`historyKinds.${entry.kind}`)}
          {entry.statusAfter && entry.kind === 'status-changed' && ` → ${t(`statuses.${entry.statusAfter}`)}`}
        </>
      ),
    },
    {
      key: 'standard',
      title: t('history.change'),
      render: (_, entry) =>
        entry.standardBefore && entry.standardAfter ? (
          <>
            {standardText(entry.standardBefore, locale, format)} →{' '}
            <strong>{standardText(entry.standardAfter, locale, format)}</strong>
          </>
        ) : entry.standardAfter ? (
          standardText(entry.standardAfter, locale, format)
        ) : (
          entry.fields?.map((field) => t(`fields.${field}`, { defaultValue: field })).join(t('listSeparator'))
        ),
    },
    {
      key: 'percent',
      title: t('history.percent'),
      width: 110,
      render: (_, entry) =>
        entry.changePercent === undefined ? null : (
          <Tag color={entry.changePercent < 0 ? TAG_COLORS.green : TAG_COLORS.red}>
            {format.percent(entry.changePercent)}
          </Tag>
        ),
    },
    {
      key: 'note',
      title: t('history.note'),
      render: (_, entry) => (
        <>
          {entry.objectionReference && (
            <Typography.Text code style={{ marginInlineEnd: 4 }}>
              {entry.objectionReference}
            </Typography.Text>
          )}
          {entry.note}
          {entry.source && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('common:source')}: {entry.source}
            </Typography.Text>
          )}
        </>
      ),
    },
  ];

  return (
    <>
      {steps.length > 1 && (
        <Chart
          option={option}
          height={260}
          ariaLabel={t('history.chartLabel', { name: item.name[locale] })}
          locale={locale === 'en' ? 'EN' : 'ZH'}
        />
      )}
      <Table<FeeHistoryEntry>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={[...entries].reverse()}
        pagination={false}
        scroll={{ x: 760 }}
        aria-label={t('history.tableLabel')}
      />
    </>
  );
}
