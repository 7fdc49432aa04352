import { Flex, Form, Input, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeeReductionList } from '@sw/contracts';
import { LoadError, ModuleLink, useLocale, useModuleSearch } from '@sw/module-kit';
import { ExportButtons, type ExportColumn } from '@sw/ui';
import { useReductions } from '../../api/useReductions.ts';
import { standardText } from '../../format/standardText.ts';
import { useFeeFormat } from '../../format/useFeeFormat.ts';
import { FEE_PATHS } from '../../navigation/paths.ts';
import { TAG_COLORS } from '../../theme/accessibleColors.ts';
import { isDate, SINCE_KEYS, sinceOf } from './since.ts';

type Reduction = FeeReductionList['items'][number];

/** Every cut of a standard and every abolished charge since a chosen date (measures 5–7: charges lowered step by step). */
export function ReductionsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFeeFormat();
  const titleId = useId();
  const [params, setParams] = useModuleSearch(SINCE_KEYS);
  const [since, setSince] = useState(() => sinceOf(params));
  const [typed, setTyped] = useState(since);
  const reductions = useReductions(since);

  const choose = (value: string) => {
    setTyped(value);
    if (!isDate(value)) return;
    setSince(value);
    setParams(new URLSearchParams({ since: value }));
  };

  const change = (row: Reduction) =>
    row.entry.kind === 'status-changed'
      ? t('reductions.abolished')
      : row.entry.changePercent === undefined
        ? ''
        : format.percent(row.entry.changePercent);

  const columns: TableColumnsType<Reduction> = [
    {
      key: 'date',
      title: t('history.date'),
      width: 130,
      render: (_, row) => <time dateTime={row.entry.date}>{format.date(row.entry.date)}</time>,
    },
    {
      key: 'item',
      title: t('table.item'),
      render: (_, row) => (
        <>
          <ModuleLink to={FEE_PATHS.item(row.fee.id)}>{row.fee.name[locale]}</ModuleLink>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {row.fee.chargingBody.name[locale]} · {row.fee.code}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'change',
      title: t('history.change'),
      render: (_, row) =>
        row.entry.standardBefore && row.entry.standardAfter ? (
          <>
            {standardText(row.entry.standardBefore, locale, format)} →{' '}
            <strong>{standardText(row.entry.standardAfter, locale, format)}</strong>
          </>
        ) : (
          t(`statuses.${row.entry.statusAfter ?? 'abolished'}`)
        ),
    },
    { key: 'unit', title: t('table.unit'), width: 120, render: (_, row) => t(`units.${row.fee.unit}`) },
    {
      key: 'percent',
      title: t('history.percent'),
      width: 120,
      render: (_, row) => <Tag color={TAG_COLORS.green}>{change(row)}</Tag>,
    },
    {
      key: 'source',
      title: t('common:source'),
      width: 120,
      render: (_, row) =>
        row.entry.demo ? (
          <Tag color={TAG_COLORS.orange}>{t('common:demoData')}</Tag>
        ) : (
          <span title={row.entry.source}>{t('reductions.sourced')}</span>
        ),
    },
  ];

  const exportColumns = useMemo<ExportColumn<Reduction>[]>(
    () => [
      { title: t('history.date'), value: (row) => row.entry.date },
      { title: t('table.item'), value: (row) => row.fee.name[locale] },
      { title: t('export.code'), value: (row) => row.fee.code },
      { title: t('table.chargingBody'), value: (row) => row.fee.chargingBody.name[locale] },
      {
        title: t('reductions.before'),
        value: (row) => (row.entry.standardBefore ? standardText(row.entry.standardBefore, locale, format) : ''),
      },
      {
        title: t('reductions.after'),
        value: (row) =>
          row.entry.standardAfter ? standardText(row.entry.standardAfter, locale, format) : t('reductions.abolished'),
      },
      { title: t('history.percent'), value: (row) => row.entry.changePercent },
      { title: t('common:source'), value: (row) => row.entry.source ?? t('common:demoData') },
    ],
    [t, locale, format],
  );

  const items = reductions.data?.items ?? [];
  return (
    <section aria-labelledby={titleId}>
      <Typography.Title id={titleId} level={2} style={{ marginTop: 0 }}>
        {t('reductions.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('reductions.intro')}</Typography.Paragraph>
      <Flex wrap gap={16} align="end" justify="space-between" style={{ marginBottom: 12 }}>
        <Form layout="inline" onSubmitCapture={(event) => event.preventDefault()}>
          <Form.Item label={t('reductions.since')} htmlFor={`${titleId}-since`}>
            <Input
              id={`${titleId}-since`}
              type="date"
              value={typed}
              max="2100-12-31"
              onChange={(event) => choose(event.target.value)}
            />
          </Form.Item>
        </Form>
        <ExportButtons fileName={t('reductions.fileName', { since })} columns={exportColumns} rows={items} />
      </Flex>
      {reductions.isError ? (
        <LoadError
          title={t('errors.title')}
          error={reductions.error}
          onRetry={() => void reductions.refetch()}
          retrying={reductions.isFetching}
        />
      ) : (
        <>
          <Typography.Text role="status" strong>
            {t('reductions.count', { count: items.length, date: format.date(since) })}
          </Typography.Text>
          <Table<Reduction>
            style={{ marginTop: 8 }}
            rowKey={(row) => row.entry.id}
            columns={columns}
            dataSource={items}
            loading={reductions.isFetching}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 900 }}
            aria-label={t('reductions.title')}
          />
        </>
      )}
    </section>
  );
}
