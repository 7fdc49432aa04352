import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Flex, Row, Skeleton, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { complaintSlaState } from '@sw/contracts';
import { LoadError, ModuleLink, useHost } from '@sw/module-kit';
import { ToneTag } from '@sw/ui';
import { useComplaint, useComplaintStaff, useComplaintStep } from '../../api/staffQueries.ts';
import { refusalMessage } from '../../errors/errorMessage.ts';
import { SlaTag } from '../../components/SlaTag/SlaTag.tsx';
import { TicketActions } from '../../components/TicketActions/TicketActions.tsx';
import { TicketHistory } from '../../components/TicketHistory/TicketHistory.tsx';
import { StatusTag } from '../../components/StatusTag/StatusTag.tsx';
import { useHotlineFormat } from '../../format/useHotlineFormat.ts';
import { useNow } from '../../hooks/useNow.ts';
import { downloadAttachment } from '../../intake/downloadAttachment.ts';
import { PATHS } from '../../navigation/paths.ts';

/** One ticket for staff of its unit: the person's full contact (only here), files, history and the steps. */
export function TicketPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const host = useHost();
  const { message } = App.useApp();
  const format = useHotlineFormat();
  const now = useNow();
  const ticket = useComplaint(id);
  const staff = useComplaintStaff();
  const step = useComplaintStep(id);
  const container = useRef<HTMLDivElement>(null);

  if (ticket.isError)
    return (
      <LoadError
        refusal={refusalMessage(t)}
        title={t('ticket.loadFailed')}
        error={ticket.error}
        onRetry={() => void ticket.refetch()}
      />
    );
  if (!ticket.data) return <Skeleton active paragraph={{ rows: 10 }} />;
  const data = ticket.data;
  const sla = complaintSlaState(data.sla, new Date(now), data.status === 'closed');
  const { contact } = data;

  return (
    <Flex vertical gap={16} ref={container}>
      <ModuleLink to={PATHS.queue}>
        <ArrowLeftOutlined aria-hidden /> {t('ticket.back')}
      </ModuleLink>
      <Flex wrap gap={8} align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {data.ticketNumber}
        </Typography.Title>
        <StatusTag status={data.status} />
        {data.status !== 'closed' && (
          <>
            <SlaTag phase="acknowledge" clock={sla.acknowledge} now={now} />
            <SlaTag phase="reply" clock={sla.reply} now={now} />
          </>
        )}
        {data.demo && <ToneTag tone="demo">{t('common:demoData')}</ToneTag>}
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Flex vertical gap={16}>
            <Card>
              <Descriptions
                size="small"
                column={1}
                items={[
                  {
                    key: 'type',
                    label: t('receipt.type'),
                    children: `${t(`types.${data.type}`)} · ${t(`categories.${data.category}`)}`,
                  },
                  { key: 'unit', label: t('receipt.unit'), children: t(`units.${data.unit}`) },
                  { key: 'submitted', label: t('receipt.submittedAt'), children: format.dateTime(data.submittedAt) },
                  {
                    key: 'assignee',
                    label: t('queue.columns.assignee'),
                    children: data.assignee?.name ?? t('queue.unassigned'),
                  },
                  ...(data.relatedItem
                    ? [
                        {
                          key: 'related',
                          label: t('form.relatedItem'),
                          children: `${t(`relatedKinds.${data.relatedItem.kind}`, { defaultValue: data.relatedItem.kind })}: ${data.relatedItem.label}`,
                        },
                      ]
                    : []),
                  {
                    key: 'description',
                    label: t('form.description'),
                    children: (
                      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                        {data.description}
                      </Typography.Paragraph>
                    ),
                  },
                  {
                    key: 'files',
                    label: t('receipt.attachments'),
                    children: data.attachments.length ? (
                      <Flex vertical gap={4} align="flex-start">
                        {data.attachments.map((file) => (
                          <Button
                            key={file.id}
                            icon={<DownloadOutlined aria-hidden />}
                            onClick={() =>
                              container.current &&
                              downloadAttachment(host, data.id, file, container.current).catch(
                                () => void message.error(t('ticket.downloadFailed')),
                              )
                            }
                          >
                            {file.name} ({format.fileSize(file.size)})
                          </Button>
                        ))}
                      </Flex>
                    ) : (
                      t('ticket.noFiles')
                    ),
                  },
                ]}
              />
            </Card>
            <Card
              title={
                <Typography.Title level={4} style={{ margin: 0 }}>
                  {t('ticket.contact')}
                </Typography.Title>
              }
            >
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'name', label: t('form.name'), children: contact.name },
                  ...(contact.phone
                    ? [
                        {
                          key: 'phone',
                          label: t('form.phone'),
                          children: <a href={`tel:${contact.phone}`}>{contact.phone}</a>,
                        },
                      ]
                    : []),
                  ...(contact.email
                    ? [
                        {
                          key: 'email',
                          label: t('form.email'),
                          children: <a href={`mailto:${contact.email}`}>{contact.email}</a>,
                        },
                      ]
                    : []),
                  {
                    key: 'locale',
                    label: t('form.preferredLocale'),
                    children: t(`localeNames.${data.preferredLocale}`),
                  },
                ]}
              />
            </Card>
            <Card
              title={
                <Typography.Title level={4} style={{ margin: 0 }}>
                  {t('track.history')}
                </Typography.Title>
              }
            >
              <TicketHistory events={data.history} />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={10}>
          <TicketActions ticket={data} staff={staff.data?.items ?? []} onStep={(next) => step.mutateAsync(next)} />
        </Col>
      </Row>
    </Flex>
  );
}
