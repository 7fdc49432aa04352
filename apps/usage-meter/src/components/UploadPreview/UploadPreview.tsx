import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usageRate, type FieldError, type UsageImportResultRow } from '@sw/contracts';
import { ToneTag } from '@sw/ui';
import { useUsageFormat } from '../../format/useUsageFormat.ts';
import type { UsageNames } from '../../format/useUsageNames.ts';
import type { ReadRow } from '../../upload/readUsageRows.ts';
import { describeUploadError } from '../../upload/uploadErrors.ts';

interface UploadPreviewProps {
  rows: readonly ReadRow[];
  lines: readonly number[];
  /** Problems per row index. */
  errors: ReadonlyMap<number, FieldError[]>;
  /** What the API says each row would do, once the rows are valid. */
  changes: readonly UsageImportResultRow[] | undefined;
  names: UsageNames;
}

interface PreviewRow {
  index: number;
  line: number;
  row: ReadRow;
  errors: FieldError[];
  change: UsageImportResultRow | undefined;
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

/** Every row of the file as it would be written, with its line, what it changes and what is wrong with it. */
export function UploadPreview({ rows, lines, errors, changes, names }: UploadPreviewProps) {
  const { t } = useTranslation();
  const format = useUsageFormat();
  const data: PreviewRow[] = rows.map((row, index) => ({
    index,
    line: lines[index] ?? index + 2,
    row,
    errors: errors.get(index) ?? [],
    change: changes?.[index],
  }));
  const text = (value: unknown, known: (v: string) => string | undefined) =>
    typeof value === 'string' ? (known(value) ?? value) : value === undefined ? '' : String(value);
  return (
    <Table<PreviewRow>
      size="small"
      rowKey="index"
      aria-label={t('entry.preview.table')}
      dataSource={data}
      pagination={{ pageSize: 30, showSizeChanger: false, size: 'small', hideOnSinglePage: true }}
      onRow={(row) => (row.errors.length ? { style: { background: 'rgba(255, 77, 79, 0.06)' } } : {})}
      columns={[
        { title: t('entry.preview.line'), dataIndex: 'line', width: 64 },
        {
          title: t('columns.month'),
          key: 'month',
          render: (_: unknown, r) => text(r.row.month, (v) => (/^\d{4}-\d{2}$/.test(v) ? format.month(v) : undefined)),
        },
        {
          title: t('columns.port'),
          key: 'port',
          render: (_: unknown, r) => text(r.row.port, (v) => names.port(v as never)),
        },
        {
          title: t('columns.business'),
          key: 'business',
          render: (_: unknown, r) =>
            text(r.row.business, (v) =>
              ['goods', 'manifest', 'transport'].includes(v) ? names.business(v as never) : undefined,
            ),
        },
        {
          title: t('columns.singleWindow'),
          key: 'singleWindow',
          align: 'right',
          render: (_: unknown, r) =>
            isCount(r.row.singleWindow) ? format.count(r.row.singleWindow) : text(r.row.singleWindow, () => undefined),
        },
        {
          title: t('columns.total'),
          key: 'total',
          align: 'right',
          render: (_: unknown, r) =>
            isCount(r.row.total) ? format.count(r.row.total) : text(r.row.total, () => undefined),
        },
        {
          title: t('columns.rate'),
          key: 'rate',
          align: 'right',
          render: (_: unknown, r) =>
            isCount(r.row.singleWindow) && isCount(r.row.total) && r.errors.length === 0
              ? format.rate(usageRate(r.row.singleWindow, r.row.total))
              : '–',
        },
        {
          title: t('entry.preview.status'),
          key: 'status',
          render: (_: unknown, r) => {
            if (r.errors.length) {
              return (
                <>
                  <ToneTag tone="error">{t('entry.preview.invalid')}</ToneTag>
                  <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
                    {r.errors.map((error, i) => (
                      <li key={i}>
                        <Typography.Text type="danger">
                          {describeUploadError(error, t, { rows, lines })}
                        </Typography.Text>
                      </li>
                    ))}
                  </ul>
                </>
              );
            }
            if (!r.change) return <Typography.Text type="secondary">{t('entry.preview.checking')}</Typography.Text>;
            if (r.change.change === 'new') return <ToneTag tone="success">{t('entry.preview.new')}</ToneTag>;
            if (r.change.change === 'unchanged')
              return <ToneTag tone="neutral">{t('entry.preview.unchanged')}</ToneTag>;
            return (
              <ToneTag tone="warning">
                {t('entry.preview.correction', {
                  singleWindow: format.count(r.change.previous!.singleWindow),
                  total: format.count(r.change.previous!.total),
                })}
              </ToneTag>
            );
          },
        },
      ]}
    />
  );
}
