import { Button, Empty, Flex, Spin, Typography } from 'antd';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeeQuery } from '@sw/contracts';
import { useLocale } from '@sw/module-kit';
import { useFees } from '../../api/useFees.ts';
import { FeeFilters, type ChargingBodyOption } from '../../components/FeeFilters/FeeFilters.tsx';
import { FeeLoadError } from '../../components/FeeLoadError/FeeLoadError.tsx';
import { FeeTable, type FeeSort } from '../../components/FeeTable/FeeTable.tsx';
import { useFeeFormat } from '../../format/useFeeFormat.ts';
import { hasFilters, withoutFilters } from '../../search/filters.ts';
import { useFeeSearch } from '../../search/useFeeSearch.ts';
import { useUrlFeeQuery } from '../../search/useUrlFeeQuery.ts';

/** The port charge catalogue: search, filters and sorting over the whole published list. */
export function FeeListPage() {
  const { t } = useTranslation();
  const titleId = useId();
  const locale = useLocale();
  const format = useFeeFormat();
  const fees = useFees();
  const [query, setQuery] = useUrlFeeQuery();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });

  const items = fees.data?.items;
  const results = useFeeSearch(items, query, locale);
  const chargingBodies = useMemo(() => {
    const byId = new Map<string, ChargingBodyOption>();
    for (const item of items ?? []) byId.set(item.chargingBody.id, item.chargingBody);
    return [...byId.values()];
  }, [items]);

  const changeQuery = (next: FeeQuery) => {
    setQuery(next);
    setPaging((p) => ({ ...p, page: 1 })); // new results start at their first page
  };
  const clearFilters = () => changeQuery(withoutFilters(query));
  const sort: FeeSort | undefined = query.sort ? { key: query.sort, order: query.order ?? 'asc' } : undefined;

  let content;
  if (fees.data) {
    content = (
      <>
        <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 8 }}>
          <Typography.Text role="status" aria-live="polite" strong>
            {t('common:resultsCount', { count: results.length })}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('common:asOf', { date: format.timestampDate(fees.data.asOf) })}
          </Typography.Text>
        </Flex>
        <FeeTable
          items={results}
          sort={sort}
          onSortChange={(next) => changeQuery({ ...query, sort: next?.key, order: next?.order })}
          page={paging.page}
          pageSize={paging.pageSize}
          onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
          emptyText={
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common:noResults')}>
              {hasFilters(query) && <Button onClick={clearFilters}>{t('common:clearFilters')}</Button>}
            </Empty>
          }
        />
      </>
    );
  } else if (fees.isError) {
    content = <FeeLoadError error={fees.error} onRetry={() => void fees.refetch()} retrying={fees.isFetching} />;
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
    <section aria-labelledby={titleId} style={{ maxWidth: 1440, margin: '0 auto', padding: '24px 16px' }}>
      <Typography.Title id={titleId} level={2} style={{ marginTop: 0 }}>
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <FeeFilters query={query} onChange={changeQuery} chargingBodies={chargingBodies} />
      {content}
    </section>
  );
}
