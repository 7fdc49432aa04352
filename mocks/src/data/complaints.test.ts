import { describe, expect, it } from 'vitest';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_STATUSES,
  checkAttachment,
  complaintSchema,
  complaintSlaState,
  hotlineSchema,
} from '@sw/contracts';
import { DEMO_COMPLAINT_FILES, demoComplaints } from './complaints.ts';
import { HOTLINES } from './hotlines.ts';

const now = new Date('2026-11-27T06:00:00Z');

describe('demo complaints', () => {
  const tickets = demoComplaints(now);

  it('are valid tickets, all marked demo, all before now, with unique numbers', () => {
    for (const ticket of tickets) {
      expect(complaintSchema.parse(ticket)).toEqual(ticket);
      expect(ticket.demo).toBe(true);
      expect(ticket.history.every((event) => Date.parse(event.at) < now.getTime())).toBe(true);
    }
    expect(new Set(tickets.map((t) => t.ticketNumber)).size).toBe(tickets.length);
  });

  it('cover every category and status, with some overdue for the triage queue', () => {
    expect(new Set(tickets.map((t) => t.category))).toEqual(new Set(COMPLAINT_CATEGORIES));
    expect(new Set(tickets.map((t) => t.status))).toEqual(new Set(COMPLAINT_STATUSES));
    expect(tickets.filter((t) => complaintSlaState(t.sla, now, t.status === 'closed').overdue).length).toBeGreaterThan(0);
  });

  it('are the same for the same Shenzhen date (server seed and mocks agree)', () => {
    expect(demoComplaints(new Date('2026-11-27T15:59:00Z'))).toEqual(tickets);
  });

  it('attach real files that pass the content check', () => {
    for (const file of Object.values(DEMO_COMPLAINT_FILES)) {
      expect(checkAttachment(file.attachment.name, file.content)).toBe(file.attachment.type);
    }
    expect(tickets.some((t) => t.attachments.length > 0)).toBe(true);
  });
});

describe('hotline directory', () => {
  it('is valid and labels unsourced lines as demo', () => {
    for (const line of HOTLINES) {
      hotlineSchema.parse(line);
      if (!line.source) expect(line.demo).toBe(true);
    }
  });
});
