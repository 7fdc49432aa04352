import { Button, Empty, Flex, Spin, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { feeQueryToSearchParams, type FeeQuery } from '@sw/contracts';
import { LoadError, ModuleLink, useHost, useLocale } from '@sw/module-kit';
import { ExportButtons } from '@sw/ui';
import { useFees } from '../../api/useFees.ts';
import { FeeFilters, type ChargingBodyOption } from '../../components/FeeFilters/FeeFilters.tsx';
import { FeeTable, type FeeSort } from '../../components/FeeTable/FeeTable.tsx';
import { useFeeExportColumns } from '../../export/useFeeExportColumns.ts';
import { useFeeFormat } from '../../format/useFeeFormat.ts';
import { hasFilters, withoutFilters } from '../../search/filters.ts';
import { useFeeSearch } from '../../search/useFeeSearch.ts';
import { useUrlFeeQuery } from '../../search/useUrlFeeQuery.ts';
import { FEE_PATHS } from '../../navigation/paths.ts';

/** The port charge catalogue: search, filters and sorting over the whole list, export and print. */
export function FeeListPage() {
  const { t } = useTranslation();
  const titleId = useId();
  const locale = useLocale();
  const format = useFeeFormat();
  const fees = useFees();
  const [query, setQuery] = useUrlFeeQuery();
  const exportColumns = useFeeExportColumns();
  const { apiBaseUrl } = useHost();

  const items = fees.data?.items;
  const results = useFeeSearch(items, query, locale);
  const chargingBodies = useMemo(() => {
    const byId = new Map<string, ChargingBodyOption>();
    for (const item of items ?? []) byId.set(item.chargingBody.id, item.chargingBody);
    return [...byId.values()];
  }, [items]);

  const changeQuery = (next: FeeQuery) => setQuery(next);
  const printQuery = feeQueryToSearchParams(query).toString();
  const clearFilters = () => changeQuery(withoutFilters(query));
  const sort: FeeSort | undefined = query.sort ? { key: query.sort, order: query.order ?? 'asc' } : undefined;

  let content;
  if (fees.data) {
    content = (
      <>
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
          <Flex vertical gap={2}>
            <Typography.Text role="status" aria-live="polite" strong>
              {t('common:resultsCount', { count: results.length })}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('common:asOf', { date: format.timestampDate(fees.data.asOf) })}
            </Typography.Text>
          </Flex>
          <Flex wrap gap={8} align="center">
            <ExportButtons fileName={t('export.fileName')} columns={exportColumns} rows={results} />
            <ModuleLink to={`${FEE_PATHS.print}${printQuery ? `?${printQuery}` : ''}`}>
              <PrinterOutlined aria-hidden /> {t('print.open')}
            </ModuleLink>
            <Typography.Link href={`${apiBaseUrl}/open-data/fees.json`} target="_blank" rel="noopener">
              {t('openData.json')}
            </Typography.Link>
            <Typography.Link href={`${apiBaseUrl}/open-data/fees.csv`}>{t('openData.csv')}</Typography.Link>
          </Flex>
        </Flex>
        <FeeTable
          items={results}
          sort={sort}
          onSortChange={(next) => changeQuery({ ...query, sort: next?.key, order: next?.order })}
          emptyText={
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common:noResults')}>
              {hasFilters(query) && <Button onClick={clearFilters}>{t('common:clearFilters')}</Button>}
            </Empty>
          }
        />
      </>
    );
  } else if (fees.isError) {
    content = (
      <LoadError
        title={t('errors.title')}
        error={fees.error}
        onRetry={() => void fees.refetch()}
        retrying={fees.isFetching}
      />
    );
  } else {
    content = (
      <Flex vertical align="center" gap={12} style={{ padding: 48 }} role="status">
        <Spin size="large" />
        <Typography.Text type="secondary">
          {fees.failureCount > 0 ? t('retrying') : t('common:loading')}
        </Typography.Text>
      </Flex>
    );
  }

  return (
    <section aria-labelledby={titleId}>
      <Typography.Title id={titleId} level={2} style={{ marginTop: 0 }}>
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <FeeFilters query={query} onChange={changeQuery} chargingBodies={chargingBodies} />
      {content}
    </section>
  );
}
