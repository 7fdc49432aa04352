import { Descriptions, Table, Tag, Typography, type TableColumnsType, type TableColumnType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeeItem, FeeQuery, FeeStatus, PricingType } from '@sw/contracts';
import { useLocale } from '@sw/module-kit';
import { useFeeFormat } from '../../format/useFeeFormat.ts';
import { FeeStandard } from '../FeeStandard/FeeStandard.tsx';

type SortKey = NonNullable<FeeQuery['sort']>;
export interface FeeSort {
  key: SortKey;
  order: 'asc' | 'desc';
}

interface FeeTableProps {
  items: readonly FeeItem[];
  sort: FeeSort | undefined;
  onSortChange(sort: FeeSort | undefined): void;
  page: number;
  pageSize: number;
  onPageChange(page: number, pageSize: number): void;
  /** Shown instead of rows when nothing matches. */
  emptyText: ReactNode;
}

const STATUS_COLORS: Record<FeeStatus, string> = {
  publicised: 'processing',
  effective: 'success',
  suspended: 'warning',
  abolished: 'default',
};

const PRICING_COLORS: Record<PricingType, string> = {
  'government-set': 'blue',
  'government-guided': 'cyan',
  'market-regulated': 'purple',
};

const SORTABLE: Partial<Record<string, SortKey>> = { item: 'name', standard: 'amount', effectiveFrom: 'effectiveFrom' };

/** The fee list as a table; sorting and paging are controlled by the page (sorting lives in the URL). */
export function FeeTable({ items, sort, onSortChange, page, pageSize, onPageChange, emptyText }: FeeTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFeeFormat();

  const sortOrderOf = (key: SortKey): TableColumnType<FeeItem>['sortOrder'] =>
    sort?.key === key ? (sort.order === 'desc' ? 'descend' : 'ascend') : null;

  const columns: TableColumnsType<FeeItem> = [
    {
      key: 'chargingBody',
      title: t('table.chargingBody'),
      width: 150,
      render: (_, item) => item.chargingBody.name[locale],
    },
    {
      key: 'item',
      title: t('table.item'),
      width: 210,
      sorter: true,
      sortOrder: sortOrderOf('name'),
      render: (_, item) => (
        <>
          <Typography.Text strong>{item.name[locale]}</Typography.Text>
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {item.code}
          </Typography.Text>
          {item.demo && (
            <Tag color="orange" style={{ marginInlineStart: 8, fontSize: 11, lineHeight: '16px' }}>
              {t('common:demoData')}
            </Tag>
          )}
        </>
      ),
    },
    {
      key: 'standard',
      title: t('table.standard'),
      width: 190,
      sorter: true,
      sortOrder: sortOrderOf('amount'),
      render: (_, item) => <FeeStandard standard={item.standard} />,
    },
    { key: 'unit', title: t('table.unit'), width: 100, render: (_, item) => t(`units.${item.unit}`) },
    {
      key: 'pricingType',
      title: t('table.pricingType'),
      width: 120,
      render: (_, item) => <Tag color={PRICING_COLORS[item.pricingType]}>{t(`pricingTypes.${item.pricingType}`)}</Tag>,
    },
    {
      key: 'legalBasis',
      title: t('table.legalBasis'),
      width: 200,
      render: (_, item) =>
        item.legalBasis.url ? (
          <Typography.Link href={item.legalBasis.url} target="_blank" rel="noopener noreferrer">
            {item.legalBasis.title[locale]}
          </Typography.Link>
        ) : (
          item.legalBasis.title[locale]
        ),
    },
    {
      key: 'ports',
      title: t('table.ports'),
      width: 140,
      render: (_, item) => item.ports.map((port) => t(`ports.${port}`)).join(t('listSeparator')),
    },
    {
      key: 'effectiveFrom',
      title: t('table.effectiveFrom'),
      width: 120,
      sorter: true,
      sortOrder: sortOrderOf('effectiveFrom'),
      render: (_, item) => <time dateTime={item.effectiveFrom}>{format.date(item.effectiveFrom)}</time>,
    },
    {
      key: 'status',
      title: t('table.status'),
      width: 100,
      render: (_, item) => <Tag color={STATUS_COLORS[item.status]}>{t(`statuses.${item.status}`)}</Tag>,
    },
  ];

  return (
    <Table<FeeItem>
      rowKey="id"
      aria-label={t('table.label')}
      columns={columns}
      dataSource={items as FeeItem[]}
      size="middle"
      tableLayout="fixed"
      scroll={{ x: 1380 }}
      locale={{ emptyText }}
      pagination={{ current: page, pageSize, showSizeChanger: true, pageSizeOptions: [20, 50, 100] }}
      expandable={{
        expandedRowRender: (item) => (
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'service', label: t('table.service'), children: item.service[locale] },
              { key: 'payment', label: t('table.payment'), children: item.payment[locale] },
              ...(item.source ? [{ key: 'source', label: t('common:source'), children: item.source }] : []),
            ]}
          />
        ),
      }}
      onChange={(pagination, _filters, sorter, { action }) => {
        if (action === 'paginate') {
          onPageChange(pagination.current ?? 1, pagination.pageSize ?? pageSize);
          return;
        }
        if (action !== 'sort' || Array.isArray(sorter)) return;
        const key = SORTABLE[String(sorter.columnKey)];
        onSortChange(key && sorter.order ? { key, order: sorter.order === 'descend' ? 'desc' : 'asc' } : undefined);
      }}
    />
  );
}
