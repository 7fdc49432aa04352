import { describe, expect, it } from 'vitest';
import { sampleComplaintRequest } from './testing.ts';
import {
  ComplaintWorkflowError,
  applyComplaintAction,
  complaintNextDue,
  newComplaint,
  toComplaintReceipt,
  toComplaintSummary,
  toComplaintTracking,
} from './workflow.ts';

const officer = { id: 'regulator', name: 'Market regulation desk' };
const received = newComplaint(
  sampleComplaintRequest(),
  { id: '6f0c2f4e-8a53-4a8e-9a44-2f1e0b1c9d11', ticketNumber: 'HL-20261123-7K3F9Q' },
  '2026-11-23T02:00:00.000Z',
  [],
);

describe('the complaint workflow', () => {
  it('routes a new ticket by category and starts both clocks', () => {
    expect(received).toMatchObject({
      unit: 'market-regulation',
      status: 'received',
      sla: { acknowledgeBy: '2026-11-24T16:00:00.000Z', replyBy: '2026-11-30T16:00:00.000Z' },
      history: [{ kind: 'received', at: '2026-11-23T02:00:00.000Z' }],
    });
    expect(complaintNextDue(received)).toBe('2026-11-24T16:00:00.000Z');
  });

  it('acknowledges on the first assignment and moves the ticket into progress', () => {
    const { complaint, added } = applyComplaintAction(
      received,
      { kind: 'assign', assignee: officer },
      officer,
      '2026-11-23T05:00:00.000Z',
    );
    expect(added.map((e) => e.kind)).toEqual(['acknowledged', 'assigned']);
    expect(complaint).toMatchObject({
      status: 'in-progress',
      assignee: officer,
      sla: { acknowledgedAt: '2026-11-23T05:00:00.000Z' },
    });
    expect(complaintNextDue(complaint)).toBe('2026-11-30T16:00:00.000Z');
    expect(received.status).toBe('received'); // the input is not changed
  });

  it('stops the reply clock with the first reply, and a closing resolution acts as one', () => {
    const replied = applyComplaintAction(
      received,
      { kind: 'reply', message: 'We are checking with the terminal.' },
      officer,
      '2026-11-24T01:00:00.000Z',
    ).complaint;
    expect(replied).toMatchObject({
      status: 'replied',
      sla: { acknowledgedAt: '2026-11-24T01:00:00.000Z', repliedAt: '2026-11-24T01:00:00.000Z' },
    });
    expect(complaintNextDue(replied)).toBeUndefined();
    const closed = applyComplaintAction(
      received,
      { kind: 'close', outcome: 'upheld', resolution: 'Refund ordered.' },
      officer,
      '2026-11-25T01:00:00.000Z',
    ).complaint;
    expect(closed).toMatchObject({
      status: 'closed',
      resolution: { outcome: 'upheld', text: 'Refund ordered.' },
      sla: { repliedAt: '2026-11-25T01:00:00.000Z' },
    });
  });

  it('reroutes to another unit, leaving the case officer to the new unit', () => {
    const assigned = applyComplaintAction(
      received,
      { kind: 'assign', assignee: officer },
      officer,
      '2026-11-23T05:00:00.000Z',
    ).complaint;
    const { complaint } = applyComplaintAction(
      assigned,
      { kind: 'reroute', unit: 'customs', note: 'about inspection fees' },
      officer,
      '2026-11-23T06:00:00.000Z',
    );
    expect(complaint.unit).toBe('customs');
    expect(complaint.assignee).toBeUndefined();
    expect(complaint.history.at(-1)).toMatchObject({
      kind: 'rerouted',
      fromUnit: 'market-regulation',
      unit: 'customs',
    });
    expect(() =>
      applyComplaintAction(complaint, { kind: 'reroute', unit: 'customs' }, officer, '2026-11-23T07:00:00.000Z'),
    ).toThrow(ComplaintWorkflowError);
  });

  it('refuses any step on a closed ticket', () => {
    const closed = applyComplaintAction(
      received,
      { kind: 'close', outcome: 'withdrawn', resolution: 'Withdrawn by phone.' },
      officer,
      '2026-11-23T05:00:00.000Z',
    ).complaint;
    expect(() =>
      applyComplaintAction(closed, { kind: 'reply', message: 'x' }, officer, '2026-11-23T06:00:00.000Z'),
    ).toThrow(expect.objectContaining({ code: 'complaint.closed' }) as Error);
  });

  it('shows staff a masked summary and the submitter no staff names or internal notes', () => {
    const assigned = applyComplaintAction(
      received,
      { kind: 'assign', assignee: officer },
      officer,
      '2026-11-23T05:00:00.000Z',
    ).complaint;
    const rerouted = applyComplaintAction(
      assigned,
      { kind: 'reroute', unit: 'customs', note: 'internal: wrong desk' },
      officer,
      '2026-11-23T06:00:00.000Z',
    ).complaint;
    const replied = applyComplaintAction(
      rerouted,
      { kind: 'reply', message: 'Customs will call you.' },
      officer,
      '2026-11-23T07:00:00.000Z',
    ).complaint;
    expect(toComplaintSummary(replied).contact).toEqual({
      name: '李*',
      phone: '+86 138****5678',
      email: 'l***@example.com',
    });
    const tracking = toComplaintTracking(replied);
    expect(tracking.history.map((e) => e.kind)).toEqual(['received', 'acknowledged', 'rerouted', 'replied']);
    expect(JSON.stringify(tracking)).not.toMatch(/Market regulation desk|internal: wrong desk|13812345678|li\.wei/);
    expect(tracking.history.at(-1)).toMatchObject({ message: 'Customs will call you.' });
    expect(toComplaintReceipt(received).trackWith).toEqual({ phone: '+86 138****5678', email: 'l***@example.com' });
  });
});
