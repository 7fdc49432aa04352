import { Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { complaintSlaState, type ComplaintTracking } from '@sw/contracts';
import { useHotlineFormat } from '../../format/useHotlineFormat.ts';
import { useNow } from '../../hooks/useNow.ts';
import { SlaTag } from '../SlaTag/SlaTag.tsx';
import { StatusTag } from '../StatusTag/StatusTag.tsx';
import { TicketHistory } from '../TicketHistory/TicketHistory.tsx';

/** A tracked ticket as its submitter sees it: where it is, with whom, by when, and every reply. */
export function TrackingResult({ ticket }: { ticket: ComplaintTracking }) {
  const { t } = useTranslation();
  const format = useHotlineFormat();
  const now = useNow();
  const sla = complaintSlaState(ticket.sla, new Date(now), ticket.status === 'closed');
  return (
    <Card
      title={
        <Flex wrap gap={8} align="center">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {ticket.ticketNumber}
          </Typography.Title>
          <StatusTag status={ticket.status} />
        </Flex>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'type',
            label: t('receipt.type'),
            children: `${t(`types.${ticket.type}`)} · ${t(`categories.${ticket.category}`)}`,
          },
          { key: 'unit', label: t('receipt.unit'), children: t(`units.${ticket.unit}`) },
          { key: 'submitted', label: t('receipt.submittedAt'), children: format.dateTime(ticket.submittedAt) },
          {
            key: 'sla',
            label: t('track.commitments'),
            children: (
              <Flex wrap gap={4}>
                <SlaTag phase="acknowledge" clock={sla.acknowledge} now={now} />
                <SlaTag phase="reply" clock={sla.reply} now={now} />
              </Flex>
            ),
          },
          ...(ticket.relatedItem
            ? [{ key: 'related', label: t('form.relatedItem'), children: ticket.relatedItem.label }]
            : []),
          ...(ticket.attachments.length
            ? [
                {
                  key: 'files',
                  label: t('receipt.attachments'),
                  children: ticket.attachments.map((file) => file.name).join(t('listSeparator')),
                },
              ]
            : []),
          {
            key: 'description',
            label: t('form.description'),
            span: 'filled' as const,
            children: (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                {ticket.description}
              </Typography.Paragraph>
            ),
          },
        ]}
      />
      <Typography.Title level={4} style={{ marginTop: 24 }}>
        {t('track.history')}
      </Typography.Title>
      <TicketHistory events={ticket.history} />
    </Card>
  );
}
