import { InfoCircleOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Flex, Table, Tag, Typography, theme, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Terminal } from '@sw/contracts';
import { ModuleLink, useLocale } from '@sw/module-kit';
import { isFastest, type CommitmentRecord, type ComparisonRow } from '../../compare/comparison.ts';
import { useServiceFormat } from '../../format/useServiceFormat.ts';
import { paths } from '../../routing/paths.ts';
import { TimeLimitText } from '../TimeLimitText/TimeLimitText.tsx';

interface CompareMatrixProps {
  terminals: readonly Terminal[];
  rows: readonly ComparisonRow[];
  /** Months met / reported over the period, by `terminal/operation`. */
  records: ReadonlyMap<string, CommitmentRecord>;
}

/** Operations down, terminals across; the fastest limit of each row is marked in words and colour. */
export function CompareMatrix({ terminals, rows, records }: CompareMatrixProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useServiceFormat();
  const { token } = theme.useToken();

  const columns: TableColumnsType<ComparisonRow> = [
    {
      key: 'operation',
      title: t('compare.operation'),
      width: 170,
      fixed: 'start',
      rowScope: 'row',
      render: (_, row) => (
        <>
          <Typography.Text strong>{t(`operations.${row.operation}`)}</Typography.Text>
          {row.required && (
            <Tag color="blue" style={{ marginInlineStart: 6 }}>
              {t('required')}
            </Tag>
          )}
          {row.mixedClockStarts && (
            <Typography.Text type="warning" style={{ display: 'block', fontSize: 12 }}>
              <InfoCircleOutlined aria-hidden /> {t('compare.mixedClockStarts')}
            </Typography.Text>
          )}
        </>
      ),
    },
    ...terminals.map((terminal): TableColumnsType<ComparisonRow>[number] => ({
      key: terminal.id,
      // Plain text: antd copies titles into a hidden measuring row, where a link would be a hidden tab stop.
      title: <abbr title={terminal.name[locale]}>{terminal.shortName}</abbr>,
      width: 180,
      onCell: (row) => ({
        style: isFastest(row, row.cells[terminal.id]) ? { background: token.colorSuccessBg } : {},
      }),
      render: (_, row) => {
        const standard = row.cells[terminal.id];
        if (!standard) {
          return row.required ? (
            <Tag color="error">{t('compare.notPublished')}</Tag>
          ) : (
            <Typography.Text type="secondary">{t('compare.notOffered')}</Typography.Text>
          );
        }
        const record = records.get(`${terminal.id}/${row.operation}`);
        return (
          <>
            <TimeLimitText limit={standard.timeLimit} clockStart={standard.clockStart} />
            {isFastest(row, standard) && (
              <Tag color="success" icon={<ThunderboltOutlined aria-hidden />} style={{ marginTop: 4 }}>
                {t('compare.fastest')}
              </Tag>
            )}
            <Typography.Text style={{ display: 'block', fontSize: 12 }}>
              {t('compare.commitment', { percent: format.percent(standard.commitmentPercent) })}
            </Typography.Text>
            {record && (
              <Typography.Text
                type={record.met < record.reported ? 'danger' : 'secondary'}
                style={{ display: 'block', fontSize: 12 }}
              >
                {t('compare.record', { met: record.met, reported: record.reported })}
              </Typography.Text>
            )}
          </>
        );
      },
    })),
  ];

  return (
    <>
      <Table<ComparisonRow>
        rowKey="operation"
        aria-label={t('compare.tableLabel')}
        columns={columns}
        dataSource={rows as ComparisonRow[]}
        pagination={false}
        size="middle"
        tableLayout="fixed"
        scroll={{ x: 170 + 180 * terminals.length }}
      />
      <Flex wrap gap={12} align="baseline" style={{ marginTop: 8 }}>
        <Typography.Text type="secondary">{t('compare.terminalPages')}</Typography.Text>
        {terminals.map((terminal) => (
          <ModuleLink key={terminal.id} to={paths.terminal(terminal.id)} title={terminal.name[locale]}>
            {terminal.shortName}
          </ModuleLink>
        ))}
      </Flex>
    </>
  );
}
