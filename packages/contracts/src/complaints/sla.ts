import { z } from 'zod';
import { addDays, calendarDateInShenzhen, nextWorkingDay, type WorkingDayCalendar } from '../calendar/workingDays.ts';
import type { ComplaintCategory } from './taxonomy.ts';

/**
 * Service commitments per category, in working days from the day a ticket arrives: acknowledge it
 * (assign a case officer or answer), then reply. Demo values modelled on the example ("acknowledge
 * within 1 working day, reply within 5"); the source document sets none.
 */
export const COMPLAINT_SLA: Readonly<Record<ComplaintCategory, { acknowledgeDays: number; replyDays: number }>> = {
  'port-charges': { acknowledgeDays: 1, replyDays: 5 },
  clearance: { acknowledgeDays: 1, replyDays: 5 },
  'terminal-times': { acknowledgeDays: 1, replyDays: 3 },
  system: { acknowledgeDays: 1, replyDays: 2 },
  other: { acknowledgeDays: 2, replyDays: 10 },
};

/** A ticket's two clocks: when each is due and when it stopped. */
export const complaintSlaSchema = z
  .object({
    acknowledgeBy: z.iso.datetime({ offset: true }),
    replyBy: z.iso.datetime({ offset: true }),
    acknowledgedAt: z.iso.datetime({ offset: true }).optional(),
    /** The first reply the submitter could read (a closing resolution counts). */
    repliedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .meta({ id: 'ComplaintSla' });
export type ComplaintSla = z.infer<typeof complaintSlaSchema>;

const SHANGHAI_OFFSET = '+08:00'; // China has no daylight saving time

/**
 * The end (midnight, Shenzhen time) of the `days`-th working day after the day `receivedAt` falls on:
 * a ticket received on Friday afternoon with one working day to acknowledge is due by Monday 24:00.
 */
export function workingDayDeadline(receivedAt: Date, days: number, calendar: WorkingDayCalendar = {}): Date {
  let day = calendarDateInShenzhen(receivedAt);
  for (let left = days; left > 0; left--) day = nextWorkingDay(addDays(day, 1), calendar);
  return new Date(`${addDays(day, 1)}T00:00:00${SHANGHAI_OFFSET}`);
}

/** Both deadlines of a ticket received at `submittedAt` (ISO), as ISO instants in UTC. */
export function complaintDeadlines(
  category: ComplaintCategory,
  submittedAt: string,
  calendar: WorkingDayCalendar = {},
): Pick<ComplaintSla, 'acknowledgeBy' | 'replyBy'> {
  const received = new Date(submittedAt);
  const { acknowledgeDays, replyDays } = COMPLAINT_SLA[category];
  return {
    acknowledgeBy: workingDayDeadline(received, acknowledgeDays, calendar).toISOString(),
    replyBy: workingDayDeadline(received, replyDays, calendar).toISOString(),
  };
}

/** pending: running, not yet due; overdue: running past due; met / missed: stopped in time / late. */
export type SlaClockState = 'pending' | 'overdue' | 'met' | 'missed';

export interface SlaClock {
  state: SlaClockState;
  due: string;
  stoppedAt?: string;
}

function clock(due: string, stoppedAt: string | undefined, now: Date, closed: boolean): SlaClock {
  if (stoppedAt) return { state: Date.parse(stoppedAt) <= Date.parse(due) ? 'met' : 'missed', due, stoppedAt };
  // A ticket closed without a reply (withdrawn) has nothing left to be late for.
  if (closed) return { state: 'met', due };
  return { state: now.getTime() > Date.parse(due) ? 'overdue' : 'pending', due };
}

/** Where a ticket stands against its commitments at `now`. */
export function complaintSlaState(
  sla: ComplaintSla,
  now: Date,
  closed = false,
): { acknowledge: SlaClock; reply: SlaClock; overdue: boolean } {
  const acknowledge = clock(sla.acknowledgeBy, sla.acknowledgedAt, now, closed);
  const reply = clock(sla.replyBy, sla.repliedAt, now, closed);
  return { acknowledge, reply, overdue: acknowledge.state === 'overdue' || reply.state === 'overdue' };
}
