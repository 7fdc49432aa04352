import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplaintEvent } from '@sw/contracts';
import { useHotlineFormat } from '../../format/useHotlineFormat.ts';

type HistoryEvent = Pick<ComplaintEvent, 'at' | 'message' | 'unit' | 'outcome'> &
  Partial<Pick<ComplaintEvent, 'actor' | 'assignee' | 'fromUnit'>> & { kind: ComplaintEvent['kind'] };

const COLORS: Record<ComplaintEvent['kind'], string> = {
  received: 'gray',
  acknowledged: 'blue',
  assigned: 'blue',
  rerouted: 'orange',
  replied: 'green',
  closed: 'green',
};

/**
 * A ticket's history, oldest first: what happened, when, and the replies in full (shown as text,
 * whatever they contain). Staff also see who acted; the submitter sees the step only.
 */
export function TicketHistory({ events }: { events: readonly HistoryEvent[] }) {
  const { t } = useTranslation();
  const format = useHotlineFormat();
  return (
    <Timeline
      items={events.map((event, index) => ({
        key: `${event.at}-${index}`,
        color: COLORS[event.kind],
        children: (
          <>
            <Typography.Text strong>
              {t(`history.${event.kind}`, {
                unit: event.unit ? t(`units.${event.unit}`) : '',
                from: event.fromUnit ? t(`units.${event.fromUnit}`) : '',
                assignee: event.assignee?.name ?? '',
                outcome: event.outcome ? t(`outcomes.${event.outcome}`) : '',
              })}
            </Typography.Text>
            <br />
            <Typography.Text type="secondary">
              <time dateTime={event.at}>{format.dateTime(event.at)}</time>
              {event.actor && ` · ${event.actor.name}`}
            </Typography.Text>
            {event.message && (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 4, marginBottom: 0 }}>
                {event.message}
              </Typography.Paragraph>
            )}
          </>
        ),
      }))}
    />
  );
}
