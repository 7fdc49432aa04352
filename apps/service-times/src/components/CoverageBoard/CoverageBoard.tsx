import { CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { REQUIRED_OPERATIONS, type Terminal, type TerminalCoverage } from '@sw/contracts';
import { ModuleLink, useLocale } from '@sw/module-kit';
import { useServiceFormat } from '../../format/useServiceFormat.ts';
import { paths } from '../../routing/paths.ts';
import { CoverageStatusTag } from '../CoverageStatusTag/CoverageStatusTag.tsx';

interface CoverageBoardProps {
  coverage: readonly TerminalCoverage[];
  terminals: readonly Terminal[];
}

/** Terminals down, the four required operations across: when each was first published, late or missing. */
export function CoverageBoard({ coverage, terminals }: CoverageBoardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useServiceFormat();
  const byId = new Map(terminals.map((terminal) => [terminal.id, terminal]));

  const columns: TableColumnsType<TerminalCoverage> = [
    {
      key: 'terminal',
      title: t('coverage.terminal'),
      width: 220,
      fixed: 'start',
      rowScope: 'row',
      render: (_, row) => {
        const terminal = byId.get(row.terminalId);
        return (
          <ModuleLink to={paths.terminal(row.terminalId)}>
            {terminal ? `${terminal.name[locale]} (${terminal.shortName})` : row.terminalId}
          </ModuleLink>
        );
      },
    },
    {
      key: 'status',
      title: t('coverage.status'),
      width: 130,
      render: (_, row) => <CoverageStatusTag status={row.status} />,
    },
    ...REQUIRED_OPERATIONS.map((operation, index): TableColumnsType<TerminalCoverage>[number] => ({
      key: operation,
      title: t(`operations.${operation}`),
      width: 150,
      render: (_, row) => {
        const entry = row.required[index]!;
        if (!entry.firstPublishedOn) {
          return (
            <Typography.Text type="danger">
              <CloseCircleOutlined aria-hidden /> {t('coverage.missing')}
            </Typography.Text>
          );
        }
        return (
          <Typography.Text type={entry.onTime ? 'success' : 'warning'}>
            {entry.onTime ? <CheckCircleOutlined aria-hidden /> : <ClockCircleOutlined aria-hidden />}{' '}
            <time dateTime={entry.firstPublishedOn}>{format.date(entry.firstPublishedOn)}</time>
            {!entry.onTime && ` ${t('coverage.late')}`}
          </Typography.Text>
        );
      },
    })),
    {
      key: 'optional',
      title: t('coverage.optional'),
      width: 200,
      render: (_, row) =>
        row.optional.length ? (
          row.optional.map((operation) => t(`operations.${operation}`)).join(t('listSeparator'))
        ) : (
          <Typography.Text type="secondary">{t('coverage.none')}</Typography.Text>
        ),
    },
  ];

  return (
    <Table<TerminalCoverage>
      rowKey="terminalId"
      aria-label={t('coverage.tableLabel')}
      columns={columns}
      dataSource={coverage as TerminalCoverage[]}
      pagination={false}
      size="middle"
      tableLayout="fixed"
      scroll={{ x: 1150 }}
    />
  );
}
