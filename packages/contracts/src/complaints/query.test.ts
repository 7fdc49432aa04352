import { describe, expect, it } from 'vitest';
import { complaintListQueryToSearchParams, parseComplaintListParams, selectComplaints } from './query.ts';
import type { Complaint } from './records.ts';
import { sampleComplaintRequest } from './testing.ts';
import { applyComplaintAction, newComplaint } from './workflow.ts';

const officer = { id: 'regulator', name: 'Desk' };
let serial = 0;
function ticket(
  category: Complaint['category'],
  submittedAt: string,
  description = 'A description long enough.',
): Complaint {
  serial++;
  return newComplaint(
    sampleComplaintRequest({ category, description }),
    { id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`, ticketNumber: `HL-20261120-00000${serial}` },
    submittedAt,
    [],
  );
}

const charges = ticket('port-charges', '2026-11-20T02:00:00.000Z', 'Night shift surcharge at the gate');
const older = ticket('port-charges', '2026-11-16T02:00:00.000Z');
const customs = ticket('clearance', '2026-11-19T02:00:00.000Z');
const assigned = applyComplaintAction(
  ticket('port-charges', '2026-11-19T03:00:00.000Z'),
  { kind: 'assign', assignee: officer },
  officer,
  '2026-11-19T04:00:00.000Z',
).complaint;
const closed = applyComplaintAction(
  ticket('system', '2026-11-18T02:00:00.000Z'),
  { kind: 'close', outcome: 'answered', resolution: 'Done' },
  officer,
  '2026-11-18T04:00:00.000Z',
).complaint;
const ALL = [charges, older, customs, assigned, closed];
const now = new Date('2026-11-20T08:00:00Z');
const everyUnit = ['market-regulation', 'customs', 'transport', 'commerce'];

const ids = (items: Complaint[]) => items.map((c) => c.id);

describe('the triage queue query', () => {
  it('reads lists and scalars from the query string and refuses bad values per parameter', () => {
    expect(
      parseComplaintListParams(new URLSearchParams('status=received,replied&status=closed&overdue=true&limit=10')),
    ).toEqual({
      ok: true,
      query: { status: ['received', 'replied', 'closed'], overdue: 'true', limit: 10 },
    });
    const bad = parseComplaintListParams(new URLSearchParams('status=lost&limit=0&sort=name'));
    expect(bad.ok === false && bad.errors.map((e) => e.path).sort()).toEqual(['limit', 'sort', 'status']);
  });

  it('writes the query back as it reads it', () => {
    const query = { category: ['port-charges' as const], assignee: 'me', q: 'night' };
    const params = complaintListQueryToSearchParams(query);
    expect(parseComplaintListParams(params)).toEqual({ ok: true, query });
  });

  it('shows only the units the viewer handles, most urgent first, closed last', () => {
    const { items, total } = selectComplaints(ALL, {}, { viewerId: 'regulator', units: ['market-regulation'], now });
    expect(total).toBe(3);
    expect(ids(items)).toEqual([older.id, charges.id, assigned.id]);
    const all = selectComplaints(ALL, {}, { viewerId: 'admin', units: everyUnit, now });
    expect(all.items.at(-1)?.id).toBe(closed.id);
  });

  it('filters by overdue, assignee, category and text', () => {
    const context = { viewerId: 'regulator', units: everyUnit, now };
    expect(ids(selectComplaints(ALL, { overdue: 'true' }, context).items)).toEqual([older.id]);
    expect(ids(selectComplaints(ALL, { assignee: 'me' }, context).items)).toEqual([assigned.id]);
    expect(selectComplaints(ALL, { assignee: 'unassigned' }, context).total).toBe(4);
    expect(ids(selectComplaints(ALL, { category: ['clearance'] }, context).items)).toEqual([customs.id]);
    expect(ids(selectComplaints(ALL, { q: 'NIGHT shift' }, context).items)).toEqual([charges.id]);
    expect(ids(selectComplaints(ALL, { q: charges.ticketNumber.toLowerCase() }, context).items)).toEqual([charges.id]);
  });

  it('sorts by arrival and pages', () => {
    const context = { viewerId: 'admin', units: everyUnit, now };
    const newest = selectComplaints(ALL, { sort: 'submittedAt', order: 'desc', limit: 2, offset: 1 }, context);
    expect(ids(newest.items)).toEqual([assigned.id, customs.id]);
    expect(newest.total).toBe(5);
  });
});
