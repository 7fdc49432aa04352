import { Flex, Table, Typography, theme, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { complaintSlaState, type ComplaintSummary } from '@sw/contracts';
import { useHotlineFormat } from '../../format/useHotlineFormat.ts';
import { PATHS } from '../../navigation/paths.ts';
import { SlaTag } from '../SlaTag/SlaTag.tsx';
import { StatusTag } from '../StatusTag/StatusTag.tsx';
import { ToneTag } from '@sw/ui';
import { ModuleLink } from '@sw/module-kit';

interface QueueTableProps {
  items: readonly ComplaintSummary[];
  total: number;
  page: number;
  pageSize: number;
  onPageChange(page: number, pageSize: number): void;
  now: number;
  loading: boolean;
}

/** The queue: masked contact, the running deadline per ticket, overdue rows marked in words and colour. */
export function QueueTable({ items, total, page, pageSize, onPageChange, now, loading }: QueueTableProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const format = useHotlineFormat();
  const stateOf = (item: ComplaintSummary) => complaintSlaState(item.sla, new Date(now), item.status === 'closed');
  const columns: TableColumnsType<ComplaintSummary> = [
    {
      key: 'ticket',
      title: t('queue.columns.ticket'),
      width: 190,
      render: (_, item) => (
        <Flex vertical>
          <ModuleLink to={PATHS.ticket(item.id)}>{item.ticketNumber}</ModuleLink>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {format.dateTime(item.submittedAt)}
          </Typography.Text>
          {item.demo && (
            <ToneTag tone="demo" style={{ width: 'fit-content', fontSize: 11 }}>
              {t('common:demoData')}
            </ToneTag>
          )}
        </Flex>
      ),
    },
    {
      key: 'what',
      title: t('queue.columns.what'),
      render: (_, item) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>
            {t(`types.${item.type}`)} · {t(`categories.${item.category}`)}
          </Typography.Text>
          {item.relatedItem && <Typography.Text type="secondary">{item.relatedItem.label}</Typography.Text>}
          <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{item.excerpt}</Typography.Text>
        </Flex>
      ),
    },
    { key: 'unit', title: t('queue.columns.unit'), width: 140, render: (_, item) => t(`units.${item.unit}`) },
    {
      key: 'contact',
      title: t('queue.columns.contact'),
      width: 170,
      render: (_, item) => (
        <Flex vertical>
          <span>{item.contact.name}</span>
          {item.contact.phone && <Typography.Text type="secondary">{item.contact.phone}</Typography.Text>}
          {item.contact.email && <Typography.Text type="secondary">{item.contact.email}</Typography.Text>}
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('queue.columns.status'),
      width: 200,
      render: (_, item) => {
        const sla = stateOf(item);
        const running = !item.sla.acknowledgedAt ? 'acknowledge' : 'reply';
        return (
          <Flex vertical gap={4} align="flex-start">
            <StatusTag status={item.status} />
            {item.status !== 'closed' && <SlaTag phase={running} clock={sla[running]} now={now} />}
          </Flex>
        );
      },
    },
    {
      key: 'assignee',
      title: t('queue.columns.assignee'),
      width: 150,
      render: (_, item) =>
        item.assignee?.name ?? <Typography.Text type="secondary">{t('queue.unassigned')}</Typography.Text>,
    },
  ];
  return (
    <Table<ComplaintSummary>
      rowKey="id"
      aria-label={t('queue.tableLabel')}
      columns={columns}
      dataSource={[...items]}
      loading={loading}
      size="middle"
      scroll={{ x: 1000 }}
      onRow={(item) =>
        (stateOf(item).overdue
          ? { style: { background: token.colorErrorBg }, 'data-overdue': 'true' }
          : {}) as HTMLAttributes<HTMLElement>
      }
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        onChange: onPageChange,
      }}
    />
  );
}
