import { EditOutlined, HistoryOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Descriptions, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ServiceOperation, ServiceStandard, Terminal } from '@sw/contracts';
import { useLocale } from '@sw/module-kit';
import { useServiceFormat } from '../../format/useServiceFormat.ts';
import { DemoTag } from '../DemoTag/DemoTag.tsx';
import { ReportDelayLink } from '../ReportDelayLink/ReportDelayLink.tsx';
import { TimeLimitText } from '../TimeLimitText/TimeLimitText.tsx';
import { VisuallyHidden } from '../VisuallyHidden/VisuallyHidden.tsx';
import type { StandardRow } from './standardRows.ts';

interface StandardsTableProps {
  terminal: Terminal;
  rows: readonly StandardRow[];
  /** Shows publish and edit controls (the API still decides). */
  canManage: boolean;
  /** Shown for a required operation never published. */
  overdueSince: string;
  onHistory(operation: ServiceOperation): void;
  /** Opens the publishing form: for a new version of `row.current`, or a first one. */
  onPublish(operation: ServiceOperation, basis: ServiceStandard | undefined): void;
}

/** A terminal's published standards, as its published table: one row per operation, details on expanding. */
export function StandardsTable({ terminal, rows, canManage, overdueSince, onHistory, onPublish }: StandardsTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useServiceFormat();
  const shown = (row: StandardRow) => row.current ?? row.scheduled;

  const columns: TableColumnsType<StandardRow> = [
    {
      key: 'operation',
      title: t('standards.operation'),
      width: 180,
      rowScope: 'row',
      render: (_, row) => (
        <>
          <Typography.Text strong>{t(`operations.${row.operation}`)}</Typography.Text>
          {row.required && (
            <Tag color="blue" style={{ marginInlineStart: 6 }}>
              {t('required')}
            </Tag>
          )}
        </>
      ),
    },
    {
      key: 'limit',
      title: t('standards.limit'),
      width: 200,
      render: (_, row) => {
        const standard = shown(row);
        if (!standard) {
          return <Tag color="error">{t('standards.notPublished', { date: format.date(overdueSince) })}</Tag>;
        }
        return (
          <>
            <TimeLimitText limit={standard.timeLimit} clockStart={standard.clockStart} />
            {row.current && row.scheduled && (
              <Tag color="processing" style={{ marginTop: 4, whiteSpace: 'normal' }}>
                {t('standards.changesOn', {
                  date: format.date(row.scheduled.effectiveFrom),
                  limit: format.timeLimit(row.scheduled.timeLimit),
                  commitment: format.percent(row.scheduled.commitmentPercent),
                })}
              </Tag>
            )}
          </>
        );
      },
    },
    {
      key: 'commitment',
      title: t('standards.commitment'),
      width: 120,
      render: (_, row) => {
        const standard = shown(row);
        return standard ? format.percent(standard.commitmentPercent) : null;
      },
    },
    {
      key: 'effectiveFrom',
      title: t('standards.effectiveFrom'),
      width: 150,
      render: (_, row) => {
        const standard = shown(row);
        if (!standard) return null;
        return (
          <>
            <time dateTime={standard.effectiveFrom}>{format.date(standard.effectiveFrom)}</time>
            {!row.current && (
              <Tag color="processing" style={{ marginInlineStart: 6 }}>
                {t('statuses.scheduled')}
              </Tag>
            )}
            {standard.demo && <DemoTag />}
          </>
        );
      },
    },
    {
      key: 'actions',
      title: t('standards.actions'),
      width: 300,
      render: (_, row) => {
        const standard = shown(row);
        const operation = t(`operations.${row.operation}`);
        return (
          <Flex wrap gap={8} align="center">
            {standard && (
              <Button
                size="small"
                icon={<HistoryOutlined aria-hidden />}
                onClick={() => onHistory(row.operation)}
                aria-label={t('standards.historyFor', { operation })}
              >
                {t('standards.history')}
              </Button>
            )}
            {canManage && (
              <Button
                size="small"
                icon={standard ? <EditOutlined aria-hidden /> : <PlusOutlined aria-hidden />}
                onClick={() => onPublish(row.operation, row.scheduled ?? row.current)}
                aria-label={t(standard ? 'standards.editFor' : 'standards.publishFor', { operation })}
              >
                {t(standard ? 'standards.edit' : 'standards.publish')}
              </Button>
            )}
            {row.current && <ReportDelayLink terminal={terminal} standard={row.current} />}
          </Flex>
        );
      },
    },
  ];

  return (
    <Table<StandardRow>
      rowKey="operation"
      aria-label={t('standards.tableLabel', { terminal: terminal.name[locale] })}
      columns={columns}
      dataSource={rows as StandardRow[]}
      pagination={false}
      size="middle"
      tableLayout="fixed"
      scroll={{ x: 950 }}
      expandable={{
        columnTitle: <VisuallyHidden>{t('standards.details')}</VisuallyHidden>,
        rowExpandable: (row) => shown(row) !== undefined,
        expandedRowRender: (row) => {
          const standard = shown(row)!;
          return (
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'process', label: t('standards.process'), children: standard.process[locale] },
                { key: 'conditions', label: t('standards.conditions'), children: standard.conditions[locale] },
                { key: 'forceMajeure', label: t('standards.forceMajeure'), children: standard.forceMajeure[locale] },
                {
                  key: 'published',
                  label: t('standards.published'),
                  children: t('standards.versionPublished', {
                    version: standard.version,
                    date: format.timestampDate(standard.publishedAt),
                  }),
                },
                ...(standard.changeNote
                  ? [{ key: 'changeNote', label: t('standards.changeNote'), children: standard.changeNote[locale] }]
                  : []),
              ]}
            />
          );
        },
      }}
    />
  );
}
