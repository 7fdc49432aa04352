import { Alert, App, Button, Card, Flex, Form, Input, Select, Typography } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMPLAINT_OUTCOMES,
  COMPLAINT_UNITS,
  type Complaint,
  type ComplaintOutcome,
  type ComplaintStaffMember,
  type ComplaintUnit,
} from '@sw/contracts';
import { useSession } from '@sw/module-kit';
import type { ComplaintStep } from '../../api/staffQueries.ts';
import { errorMessage } from '../../errors/errorMessage.ts';

interface TicketActionsProps {
  ticket: Complaint;
  staff: readonly ComplaintStaffMember[];
  /** Runs a step; resolves when saved, rejects with the API's error. */
  onStep(step: ComplaintStep): Promise<unknown>;
}

/** One action: its fields, a button, and its own error, so one failing step does not hide the others. */
function ActionCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card
      size="small"
      title={
        <Typography.Title level={4} style={{ margin: 0, fontSize: 15 }}>
          {title}
        </Typography.Title>
      }
    >
      {children}
    </Card>
  );
}

/** The staff's steps on a ticket: assign, reply (the submitter reads it), reroute, close with a resolution. */
export function TicketActions({ ticket, staff, onStep }: TicketActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useSession();
  const ids = {
    assignee: useId(),
    reply: useId(),
    unit: useId(),
    note: useId(),
    outcome: useId(),
    resolution: useId(),
  };
  const [assignee, setAssignee] = useState<string>();
  const [reply, setReply] = useState('');
  const [unit, setUnit] = useState<ComplaintUnit>();
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<ComplaintOutcome>();
  const [resolution, setResolution] = useState('');
  const [busy, setBusy] = useState<ComplaintStep['kind']>();
  const [failed, setFailed] = useState<{ kind: ComplaintStep['kind']; text: string }>();

  if (ticket.status === 'closed') return <Alert type="success" showIcon title={t('ticket.closedNotice')} />;

  const run = async (step: ComplaintStep, done: () => void) => {
    setBusy(step.kind);
    setFailed(undefined);
    try {
      await onStep(step);
      done();
      void message.success(t(`ticket.done.${step.kind}`));
    } catch (error) {
      setFailed({ kind: step.kind, text: errorMessage(error, t) });
    } finally {
      setBusy(undefined);
    }
  };
  const errorFor = (kind: ComplaintStep['kind']) =>
    failed?.kind === kind ? (
      <Alert type="error" showIcon role="alert" title={failed.text} style={{ marginBottom: 8 }} />
    ) : null;
  const candidates = staff.filter((member) => member.units.includes(ticket.unit));
  const meCandidate = user && candidates.find((member) => member.id === user.id);

  return (
    <Flex vertical gap={12}>
      <ActionCard title={t('ticket.reply')}>
        {errorFor('reply')}
        <Form layout="vertical" component={false}>
          <Form.Item label={t('ticket.replyLabel')} htmlFor={ids.reply} extra={t('ticket.replyHint')}>
            <Input.TextArea
              id={ids.reply}
              value={reply}
              onChange={(event) => setReply(event.target.value)}
              autoSize={{ minRows: 3, maxRows: 10 }}
              maxLength={4000}
              showCount
            />
          </Form.Item>
          <Button
            type="primary"
            disabled={!reply.trim()}
            loading={busy === 'reply'}
            onClick={() => void run({ kind: 'reply', body: { message: reply.trim() } }, () => setReply(''))}
          >
            {t('ticket.sendReply')}
          </Button>
        </Form>
      </ActionCard>

      <ActionCard title={t('ticket.assign')}>
        {errorFor('assign')}
        <Form layout="vertical" component={false}>
          <Form.Item label={t('ticket.assignee')} htmlFor={ids.assignee}>
            <Select
              id={ids.assignee}
              value={assignee}
              onChange={setAssignee}
              placeholder={t('ticket.chooseAssignee')}
              options={candidates.map((member) => ({ value: member.id, label: member.name }))}
            />
          </Form.Item>
          <Flex gap={8} wrap>
            <Button
              disabled={!assignee}
              loading={busy === 'assign'}
              onClick={() =>
                assignee && void run({ kind: 'assign', body: { assigneeId: assignee } }, () => setAssignee(undefined))
              }
            >
              {t('ticket.assignButton')}
            </Button>
            {meCandidate && ticket.assignee?.id !== meCandidate.id && (
              <Button
                loading={busy === 'assign'}
                onClick={() => void run({ kind: 'assign', body: { assigneeId: meCandidate.id } }, () => undefined)}
              >
                {t('ticket.assignMe')}
              </Button>
            )}
          </Flex>
        </Form>
      </ActionCard>

      <ActionCard title={t('ticket.reroute')}>
        {errorFor('reroute')}
        <Form layout="vertical" component={false}>
          <Form.Item label={t('ticket.newUnit')} htmlFor={ids.unit}>
            <Select
              id={ids.unit}
              value={unit}
              onChange={setUnit}
              placeholder={t('ticket.chooseUnit')}
              options={COMPLAINT_UNITS.filter((option) => option !== ticket.unit).map((option) => ({
                value: option,
                label: t(`units.${option}`),
              }))}
            />
          </Form.Item>
          <Form.Item label={t('ticket.rerouteNote')} htmlFor={ids.note} extra={t('ticket.rerouteNoteHint')}>
            <Input id={ids.note} value={note} onChange={(event) => setNote(event.target.value)} maxLength={1000} />
          </Form.Item>
          <Button
            disabled={!unit}
            loading={busy === 'reroute'}
            onClick={() =>
              unit &&
              void run(
                { kind: 'reroute', body: { unit, ...(note.trim() ? { note: note.trim() } : {}) } },
                () => (setUnit(undefined), setNote('')),
              )
            }
          >
            {t('ticket.rerouteButton')}
          </Button>
        </Form>
      </ActionCard>

      <ActionCard title={t('ticket.close')}>
        {errorFor('close')}
        <Form layout="vertical" component={false}>
          <Form.Item label={t('ticket.outcome')} htmlFor={ids.outcome}>
            <Select
              id={ids.outcome}
              value={outcome}
              onChange={setOutcome}
              placeholder={t('ticket.chooseOutcome')}
              options={COMPLAINT_OUTCOMES.map((option) => ({ value: option, label: t(`outcomes.${option}`) }))}
            />
          </Form.Item>
          <Form.Item label={t('ticket.resolution')} htmlFor={ids.resolution} extra={t('ticket.resolutionHint')}>
            <Input.TextArea
              id={ids.resolution}
              value={resolution}
              onChange={(event) => setResolution(event.target.value)}
              autoSize={{ minRows: 3, maxRows: 10 }}
              maxLength={4000}
              showCount
            />
          </Form.Item>
          <Button
            danger
            disabled={!outcome || !resolution.trim()}
            loading={busy === 'close'}
            onClick={() =>
              outcome &&
              void run({ kind: 'close', body: { outcome, resolution: resolution.trim() } }, () => setResolution(''))
            }
          >
            {t('ticket.closeButton')}
          </Button>
        </Form>
      </ActionCard>
    </Flex>
  );
}
