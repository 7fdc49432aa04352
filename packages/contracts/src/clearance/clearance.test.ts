import { describe, expect, it } from 'vitest';
import { compareSteps } from './compare.ts';
import { procedureQueryFromSearchParams, matchesProcedureQuery, parseProcedureQuery } from './query.ts';
import { draftActionRefusal, publishDraft } from './publish.ts';
import { proceduresForShipment, shipmentAnswersFromSearchParams, shipmentChecklist } from './checklist.ts';
import { documentChecklist, procedureTotals } from './totals.ts';
import type { ClearanceProcedure, ClearanceStep } from './schema.ts';

const text = (en: string) => ({ 'zh-CN': en, 'zh-HK': en, en });

function step(id: string, overrides: Partial<ClearanceStep> = {}): ClearanceStep {
  return {
    id,
    agencyId: 'customs',
    title: text(id),
    description: text(`${id} described`),
    contact: { unit: text('unit'), phone: '12360', address: text('address'), openingHours: text('hours') },
    documents: [],
    outputs: [],
    timing: { limitMinutes: 60, counterMinutes: 10, waitingMinutes: 20, untilNextMinutes: 30 },
    cost: { kind: 'free' },
    legalBasis: [],
    optional: false,
    parallel: false,
    ...overrides,
  };
}

function procedure(steps: ClearanceStep[], overrides: Partial<ClearanceProcedure> = {}): ClearanceProcedure {
  return {
    id: 'p',
    title: text('Sea import'),
    summary: text('Declaring goods'),
    modes: ['sea'],
    directions: ['import'],
    variant: 'standard',
    ports: ['yantian'],
    cargo: ['general', 'food'],
    traderTypes: ['trader'],
    steps,
    version: 1,
    publishedAt: '2026-01-01T00:00:00.000Z',
    demo: true,
    ...overrides,
  };
}

const invoice = { id: 'invoice', name: text('Invoice'), originals: 1, copies: 0, electronic: true };

describe('procedure totals', () => {
  it('overlaps parallel steps, leaves optional ones out and counts per-container costs per container', () => {
    const steps = [
      step('a', { cost: { kind: 'fixed', amount: 100, currency: 'CNY', per: 'shipment', feeIds: [] } }),
      step('b', {
        parallel: true,
        timing: { limitMinutes: 120, counterMinutes: 0, waitingMinutes: 0, untilNextMinutes: 90 },
      }),
      step('c', { optional: true, cost: { kind: 'fixed', amount: 999, currency: 'CNY', per: 'shipment', feeIds: [] } }),
      step('d', {
        timing: { counterMinutes: 5, waitingMinutes: 0, untilNextMinutes: 0 },
        cost: {
          kind: 'formula',
          formula: text('rule'),
          indicativeAmount: 50,
          currency: 'CNY',
          per: 'container',
          feeIds: [],
        },
      }),
    ];
    expect(procedureTotals(steps, { units: 3 })).toEqual({
      stepCount: 3,
      limitMinutes: 120 + 5, // a and b overlap; d has no limit, its typical time stands in
      typicalMinutes: 90 + 5,
      stepsWithoutLimit: 1,
      fixedCost: 100,
      indicativeCost: 100 + 150,
      variableCostSteps: 1,
      documentCount: 0,
    });
    expect(procedureTotals(steps, { includeOptional: true }).fixedCost).toBe(1099);
  });

  it('lists each document once, with the most originals and copies any step asks for', () => {
    const list = documentChecklist([
      step('a', { documents: [invoice] }),
      step('b', { documents: [{ ...invoice, copies: 2 }] }),
    ]);
    expect(list).toEqual([{ document: { ...invoice, copies: 2 }, stepIds: ['a', 'b'] }]);
  });
});

describe('comparing two variants', () => {
  it('pairs steps by id and tells what disappears, what is new and which fields changed', () => {
    const a = [step('manifest'), step('arrival'), step('declaration'), step('pickup')];
    const b = [step('manifest'), step('declaration', { parallel: true }), step('arrival'), step('direct-lift')];
    const result = compareSteps(a, b).map((row) => [row.kind, row.stepId, row.kind === 'changed' ? row.fields : []]);
    expect(result).toEqual([
      ['same', 'manifest', []],
      ['same', 'arrival', []],
      ['changed', 'declaration', ['parallel']],
      ['removed', 'pickup', []],
      ['added', 'direct-lift', []],
    ]);
  });
});

describe('procedure filters', () => {
  it('keeps valid values of a shared link and drops the others', () => {
    expect(procedureQueryFromSearchParams(new URLSearchParams('mode=sea,boat&cargo=food&q=%20x%20'))).toEqual({
      mode: ['sea'],
      cargo: ['food'],
      q: 'x',
    });
  });

  it('refuses bad values in the API, one error per parameter', () => {
    const result = parseProcedureQuery(new URLSearchParams('mode=boat&direction=import&trader=pirate'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path).sort()).toEqual(['mode', 'trader']);
  });

  it('matches any of a list, all of the filters, and text in any language', () => {
    const p = procedure([step('a')]);
    expect(matchesProcedureQuery(p, { mode: ['air', 'sea'], cargo: ['food'] })).toBe(true);
    expect(matchesProcedureQuery(p, { mode: ['sea'], direction: ['export'] })).toBe(false);
    expect(matchesProcedureQuery(p, { q: 'DECLARING' })).toBe(true);
  });
});

describe('my shipment', () => {
  it('reads answers from a link, keeping the valid ones', () => {
    expect(
      shipmentAnswersFromSearchParams(new URLSearchParams('direction=import&mode=boat&units=3&cargo=food')),
    ).toEqual({
      direction: 'import',
      units: 3,
      cargo: 'food',
    });
  });

  it('offers only the procedures that fit, never the appeal', () => {
    const standard = procedure([step('a')]);
    const appeal = procedure([step('a')], { id: 'appeal', variant: 'appeal' });
    const air = procedure([step('a')], { id: 'air', modes: ['air'] });
    expect(proceduresForShipment([standard, appeal, air], { mode: 'sea', cargo: 'food' }).map((p) => p.id)).toEqual([
      'p',
    ]);
  });

  it('builds the checklist for the cargo: other cargo steps skipped, costs for the units', () => {
    const p = procedure([
      step('declaration', { documents: [invoice] }),
      step('quarantine', { cargo: ['food'] }),
      step('pickup', { cost: { kind: 'fixed', amount: 800, currency: 'CNY', per: 'container', feeIds: ['fee-thc'] } }),
    ]);
    const list = shipmentChecklist(p, {
      direction: 'import',
      mode: 'sea',
      port: 'yantian',
      cargo: 'general',
      variant: 'standard',
      units: 2,
    });
    expect(list.steps.map((s) => s.id)).toEqual(['declaration', 'pickup']);
    expect(list.skipped.map((s) => s.id)).toEqual(['quarantine']);
    expect(list.expected.fixedCost).toBe(1600);
    expect(list.documents.map((d) => d.document.id)).toEqual(['invoice']);
  });
});

describe('publishing an approved proposal', () => {
  it('makes the next version with the step replaced and names what changed', () => {
    const current = procedure([step('a'), step('b')]);
    const { id: _id, agencyId: _agency, ...content } = step('b', { outputs: [text('Release')] });
    const { procedure: next, version } = publishDraft(
      current,
      { stepId: 'b', content, note: 'Adds the output', author: { id: 'op', name: 'Operator' } },
      { at: '2026-02-01T00:00:00.000Z', approvedBy: 'Admin' },
    );
    expect(next.version).toBe(2);
    expect(next.steps[1]).toMatchObject({ id: 'b', agencyId: 'customs', outputs: [text('Release')] });
    expect(version).toEqual({
      version: 2,
      publishedAt: '2026-02-01T00:00:00.000Z',
      note: 'Adds the output',
      changes: [{ stepId: 'b', kind: 'changed', fields: ['outputs'] }],
      proposedBy: 'Operator',
      approvedBy: 'Admin',
    });
  });

  it('lets each action happen only in its status', () => {
    expect(draftActionRefusal('draft', 'submit')).toBeUndefined();
    expect(draftActionRefusal('rejected', 'update')).toBeUndefined();
    expect(draftActionRefusal('rejected', 'submit')).toBe('clearance.draft_not_editable');
    expect(draftActionRefusal('in-review', 'update')).toBe('clearance.draft_not_editable');
    expect(draftActionRefusal('approved', 'review')).toBe('clearance.draft_not_in_review');
  });
});
