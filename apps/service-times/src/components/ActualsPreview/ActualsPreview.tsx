import { Table, Tag, Typography, theme, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ServiceOperation } from '@sw/contracts';
import { useServiceFormat } from '../../format/useServiceFormat.ts';
import type { RowProblem, UploadRow } from '../../upload/readActualsRows.ts';

export interface PreviewRow extends UploadRow {
  /** The commitment in force in the row's month. */
  committedPercent?: number;
  /** The share reported before for this month, which the upload would replace. */
  replaces?: number;
}

/** The rows of an upload before it is sent: what each says, how it compares, and what is wrong with it. */
export function ActualsPreview({ rows }: { rows: readonly PreviewRow[] }) {
  const { t } = useTranslation();
  const format = useServiceFormat();
  const { token } = theme.useToken();

  const message = (problem: RowProblem) => {
    const values = { ...problem.values };
    if (typeof values.operation === 'string')
      values.operation = t(`operations.${values.operation as ServiceOperation}`);
    if (typeof values.month === 'string' && /^\d{4}-\d{2}$/.test(values.month))
      values.month = format.month(values.month);
    return t(`upload.problems.${problem.code}`, values);
  };

  const columns: TableColumnsType<PreviewRow> = [
    { key: 'line', title: t('upload.preview.line'), width: 70, rowScope: 'row', render: (_, row) => row.line },
    {
      key: 'month',
      title: t('upload.columns.month'),
      width: 110,
      render: (_, row) => (row.row ? format.month(row.row.month) : row.cells.month),
    },
    {
      key: 'operation',
      title: t('upload.columns.operation'),
      width: 150,
      render: (_, row) => (row.row ? t(`operations.${row.row.operation}`) : row.cells.operation),
    },
    {
      key: 'handled',
      title: t('upload.columns.handled'),
      width: 110,
      align: 'end',
      render: (_, row) => (row.row ? format.count(row.row.handled) : row.cells.handled),
    },
    {
      key: 'within',
      title: t('upload.columns.within_limit_percent'),
      width: 130,
      align: 'end',
      render: (_, row) => (row.row ? format.percent(row.row.withinLimitPercent) : row.cells.within_limit_percent),
    },
    {
      key: 'committed',
      title: t('performance.committed'),
      width: 100,
      align: 'end',
      render: (_, row) => (row.committedPercent === undefined ? '—' : format.percent(row.committedPercent)),
    },
    {
      key: 'check',
      title: t('upload.preview.check'),
      width: 320,
      render: (_, row) => {
        if (row.problems.length) {
          return (
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {row.problems.map((problem, index) => (
                <li key={index}>
                  <Typography.Text type="danger">{message(problem)}</Typography.Text>
                </li>
              ))}
            </ul>
          );
        }
        const below =
          row.row && row.committedPercent !== undefined && row.row.withinLimitPercent < row.committedPercent;
        return (
          <>
            <Tag color="success">{t('upload.preview.ok')}</Tag>
            {below && <Tag color="warning">{t('performance.below')}</Tag>}
            {row.replaces !== undefined && (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {t('upload.preview.replaces', { value: format.percent(row.replaces) })}
              </Typography.Text>
            )}
          </>
        );
      },
    },
  ];

  return (
    <Table<PreviewRow>
      rowKey="line"
      aria-label={t('upload.preview.label')}
      columns={columns}
      dataSource={rows as PreviewRow[]}
      size="small"
      tableLayout="fixed"
      scroll={{ x: 990 }}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      onRow={(row) => (row.problems.length ? { style: { background: token.colorErrorBg } } : {})}
    />
  );
}
