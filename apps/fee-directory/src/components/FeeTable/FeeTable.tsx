import { ArrowDownOutlined, ArrowUpOutlined, SwapOutlined } from '@ant-design/icons';
import { measureElement, observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { Tag, Typography, theme } from 'antd';
import { useRef, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeeItem, FeeQuery } from '@sw/contracts';
import { ModuleLink, useLocale } from '@sw/module-kit';
import { useFeeFormat } from '../../format/useFeeFormat.ts';
import { FEE_PATHS } from '../../navigation/paths.ts';
import { TAG_COLORS } from '../../theme/accessibleColors.ts';
import { FeeStandard } from '../FeeStandard/FeeStandard.tsx';
import { FeeStatusTag, PricingTypeTag } from '../FeeStatusTag/FeeStatusTag.tsx';

type SortKey = NonNullable<FeeQuery['sort']>;
export interface FeeSort {
  key: SortKey;
  order: 'asc' | 'desc';
}

interface FeeTableProps {
  items: readonly FeeItem[];
  sort: FeeSort | undefined;
  onSortChange(sort: FeeSort | undefined): void;
  /** Shown instead of rows when nothing matches. */
  emptyText: ReactNode;
  /** Height of the scrolling body in pixels. */
  height?: number;
}

interface Column {
  key: string;
  width: number;
  sortKey?: SortKey;
  render(item: FeeItem): ReactNode;
}

/** Rows are about this tall before they are measured; only the rows in view (and a few more) are rendered. */
const ESTIMATED_ROW_HEIGHT = 76;

/**
 * The fee list as an ARIA table whose rows are virtualised (@tanstack/react-virtual): a catalogue
 * of 20,000 items renders only the rows in view, so filtering and scrolling stay smooth. Sorting is
 * controlled by the page (it lives in the URL); each item links to its page.
 */
export function FeeTable({ items, sort, onSortChange, emptyText, height = 720 }: FeeTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFeeFormat();
  const { token } = theme.useToken();
  const scroller = useRef<HTMLDivElement>(null);

  const columns: Column[] = [
    { key: 'chargingBody', width: 160, render: (item) => item.chargingBody.name[locale] },
    {
      key: 'item',
      width: 230,
      sortKey: 'name',
      render: (item) => (
        <>
          <ModuleLink to={FEE_PATHS.item(item.id)} style={{ fontWeight: 600 }}>
            {item.name[locale]}
          </ModuleLink>
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {item.code}
          </Typography.Text>
          {item.demo && (
            <Tag color={TAG_COLORS.orange} style={{ marginInlineStart: 8, fontSize: 11, lineHeight: '16px' }}>
              {t('common:demoData')}
            </Tag>
          )}
          {item.pendingChange?.publicity && (
            <Tag color={TAG_COLORS.gold} style={{ marginInlineStart: 4, fontSize: 11, lineHeight: '16px' }}>
              {t('table.raisePending')}
            </Tag>
          )}
        </>
      ),
    },
    { key: 'standard', width: 190, sortKey: 'amount', render: (item) => <FeeStandard standard={item.standard} /> },
    { key: 'unit', width: 110, render: (item) => t(`units.${item.unit}`) },
    { key: 'pricingType', width: 120, render: (item) => <PricingTypeTag pricingType={item.pricingType} /> },
    {
      key: 'legalBasis',
      width: 220,
      render: (item) =>
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
      width: 140,
      render: (item) => item.ports.map((port) => t(`ports.${port}`)).join(t('listSeparator')),
    },
    {
      key: 'effectiveFrom',
      width: 120,
      sortKey: 'effectiveFrom',
      render: (item) => <time dateTime={item.effectiveFrom}>{format.date(item.effectiveFrom)}</time>,
    },
    { key: 'status', width: 110, render: (item) => <FeeStatusTag status={item.status} /> },
  ];
  const template = columns.map((column) => `${column.width}px`).join(' ');
  const totalWidth = columns.reduce((sum, column) => sum + column.width, 0);

  // The virtualiser keeps its own state; the compiler leaving this component unmemoised is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    // Six rows (~450 px) beyond each edge are enough for wheel and page scrolling; every extra row is
    // rendered again on a language switch or a keystroke (16 rendered ~26 rows for ~10 in view).
    overscan: 6,
    // Before the first layout, and where there is none (a hidden tab, a test DOM), assume the body's
    // size and the estimated row height rather than zero, which would render every row at once.
    initialRect: { width: totalWidth, height },
    observeElementRect: (instance, report) =>
      observeElementRect(instance, (rect) => report(rect.height > 0 ? rect : { width: totalWidth, height })),
    measureElement: (element, entry, instance) => measureElement(element, entry, instance) || ESTIMATED_ROW_HEIGHT,
    getItemKey: (index) => items[index]!.id,
  });

  const cellStyle: CSSProperties = {
    padding: '10px 8px',
    borderBottom: `1px solid ${token.colorBorderSecondary}`,
    overflowWrap: 'anywhere',
    fontSize: token.fontSize,
    color: token.colorText,
  };

  const nextSort = (key: SortKey): FeeSort | undefined => {
    if (sort?.key !== key) return { key, order: 'asc' };
    return sort.order === 'asc' ? { key, order: 'desc' } : undefined;
  };

  const virtualRows = virtualizer.getVirtualItems();
  return (
    <div
      ref={scroller}
      role="table"
      aria-label={t('table.label')}
      aria-rowcount={items.length + 1}
      tabIndex={0}
      style={{
        height,
        overflow: 'auto',
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadius,
        fontFamily: token.fontFamily,
      }}
    >
      <div role="rowgroup" style={{ position: 'sticky', top: 0, zIndex: 1, width: totalWidth }}>
        <div
          role="row"
          aria-rowindex={1}
          style={{ display: 'grid', gridTemplateColumns: template, background: token.colorFillAlter }}
        >
          {columns.map((column) => {
            const sorted = column.sortKey && sort?.key === column.sortKey ? sort.order : undefined;
            const title = t(`table.${column.key}`);
            return (
              <div
                key={column.key}
                role="columnheader"
                aria-sort={sorted ? (sorted === 'asc' ? 'ascending' : 'descending') : undefined}
                style={{ ...cellStyle, fontWeight: 600 }}
              >
                {column.sortKey ? (
                  <button
                    type="button"
                    onClick={() => onSortChange(nextSort(column.sortKey!))}
                    style={{
                      all: 'unset',
                      cursor: 'pointer',
                      display: 'inline-flex',
                      gap: 4,
                      alignItems: 'center',
                      outlineOffset: 2,
                    }}
                  >
                    {title}
                    {sorted === 'asc' ? (
                      <ArrowUpOutlined aria-hidden />
                    ) : sorted === 'desc' ? (
                      <ArrowDownOutlined aria-hidden />
                    ) : (
                      <SwapOutlined aria-hidden rotate={90} style={{ color: token.colorTextQuaternary }} />
                    )}
                  </button>
                ) : (
                  title
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div
        role="rowgroup"
        style={{
          position: 'relative',
          width: totalWidth,
          height: items.length ? virtualizer.getTotalSize() : undefined,
        }}
      >
        {items.length === 0 && (
          <div role="row" style={{ padding: 24 }}>
            <div role="cell">{emptyText}</div>
          </div>
        )}
        {virtualRows.map((row) => {
          const item = items[row.index]!;
          return (
            <div
              key={row.key}
              role="row"
              aria-rowindex={row.index + 2}
              data-index={row.index}
              ref={virtualizer.measureElement}
              style={{
                display: 'grid',
                gridTemplateColumns: template,
                position: 'absolute',
                top: 0,
                left: 0,
                width: totalWidth,
                transform: `translateY(${row.start}px)`,
                background: token.colorBgContainer,
              }}
            >
              {columns.map((column) => (
                <div key={column.key} role="cell" style={cellStyle}>
                  {column.render(item)}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
