/**
 * The clearance guide's API on the reference server: published procedures and their versions, an
 * agency's proposal from draft to review to publication, rejections with their comment, the
 * errors a form needs, audit, idempotency, and seeding into a database that predates the guide.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import SQLite from 'better-sqlite3';
import {
  auditListResponseSchema,
  clearanceDraftSchema,
  clearanceProcedureSchema,
  procedureListResponseSchema,
  procedureVersionListSchema,
  type ClearanceStep,
  type StepContent,
} from '@sw/contracts';
import { CLEARANCE_PROCEDURES } from '@sw/mocks/data';
import { expectProblem, startApi, type TestApi } from './helpers.ts';

const PROCEDURE = 'yantian-sea-import-standard';
const procedure = CLEARANCE_PROCEDURES.find((p) => p.id === PROCEDURE)!;
const customsStep = procedure.steps.find((s) => s.id === 'declaration')!;

/** A step's editable content with a shorter time limit, as an agency would propose. */
function proposal(step: ClearanceStep, limitMinutes: number): StepContent {
  const { id: _id, agencyId: _agency, ...content } = step;
  return { ...content, timing: { ...content.timing, limitMinutes } };
}

let t: TestApi;
beforeAll(async () => {
  t = await startApi({ rateLimit: false });
});
afterAll(() => t.close());

async function createDraft(user: string, stepId: string, content: StepContent, note = 'Review time limit cut to 12 h') {
  return t.request('/api/clearance/drafts', {
    method: 'POST',
    token: await t.token(user),
    json: { procedureId: PROCEDURE, stepId, content, note },
  });
}

describe('published procedures', () => {
  it('lists every procedure with outline and totals, filtered in every language', async () => {
    const all = procedureListResponseSchema.parse(await (await t.request('/api/clearance/procedures')).json());
    expect(all.items.map((p) => p.id)).toEqual(CLEARANCE_PROCEDURES.map((p) => p.id));
    expect(all.items[0]!.outline.map((s) => s.id)).toEqual(procedure.steps.map((s) => s.id));
    expect(all.items[0]!.totals.stepCount).toBeGreaterThan(0);
    const sea = procedureListResponseSchema.parse(
      await (await t.request('/api/clearance/procedures?mode=sea&direction=export')).json(),
    );
    expect(sea.items.every((p) => p.modes.includes('sea') && p.directions.includes('export'))).toBe(true);
    const search = procedureListResponseSchema.parse(
      await (await t.request(`/api/clearance/procedures?q=${encodeURIComponent('綠色通道')}`)).json(),
    );
    expect(search.items.map((p) => p.id)).toEqual(['fresh-produce-hk-green-channel']);
  });

  it('refuses unknown filter values, naming each', async () => {
    const problem = await expectProblem(
      await t.request('/api/clearance/procedures?mode=sea,boat&variant=fast'),
      400,
      'validation.failed',
    );
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['mode', 'variant']);
  });

  it('answers 404 with the resource in the code', async () => {
    await expectProblem(await t.request('/api/clearance/procedures/nope'), 404, 'clearance.procedure_not_found');
    await expectProblem(
      await t.request(`/api/clearance/procedures/${PROCEDURE}/versions/9`),
      404,
      'clearance.version_not_found',
    );
    await expectProblem(
      await t.request(`/api/clearance/procedures/${PROCEDURE}/versions/x`),
      404,
      'clearance.version_not_found',
    );
  });
});

describe('a proposal from draft to publication', () => {
  let draftId: string;

  it('an agency drafts a change to its own step; the public version is unchanged', async () => {
    const response = await createDraft('operator-customs', 'declaration', proposal(customsStep, 720));
    expect(response.status).toBe(201);
    const draft = clearanceDraftSchema.parse(await response.json());
    expect(draft).toMatchObject({ status: 'draft', agencyId: 'shenzhen-customs', baseVersion: 1 });
    expect(response.headers.get('location')).toBe(`/api/clearance/drafts/${draft.id}`);
    draftId = draft.id;
    const published = clearanceProcedureSchema.parse(
      await (await t.request(`/api/clearance/procedures/${PROCEDURE}`)).json(),
    );
    expect(published.version).toBe(1);
  });

  it('one open proposal per step', async () => {
    await expectProblem(
      await createDraft('operator-customs', 'declaration', proposal(customsStep, 600)),
      409,
      'clearance.draft_exists',
    );
  });

  it("another agency may not propose for customs' step, nor read its draft", async () => {
    await expectProblem(
      await createDraft('operator-yict', 'declaration', proposal(customsStep, 60)),
      403,
      'auth.forbidden',
    );
    await expectProblem(
      await t.request(`/api/clearance/drafts/${draftId}`, { token: await t.token('operator-yict') }),
      403,
      'auth.forbidden',
    );
    const list = await (await t.request('/api/clearance/drafts', { token: await t.token('operator-yict') })).json();
    expect(list.items).toEqual([]);
  });

  it('names every invalid field of a proposal', async () => {
    const content = proposal(customsStep, 720);
    const bad = {
      ...content,
      title: { ...content.title, en: '' },
      contact: { ...content.contact, phone: 'call us' },
      documents: [{ ...content.documents[0]!, copies: -1 }],
    };
    const problem = await expectProblem(
      await t.request(`/api/clearance/drafts/${draftId}`, {
        method: 'PUT',
        token: await t.token('operator-customs'),
        json: { content: bad, note: ' ' },
      }),
      400,
      'validation.failed',
    );
    expect(problem.errors?.map((e) => e.path).sort()).toEqual([
      'content.contact.phone',
      'content.documents.0.copies',
      'content.title.en',
      'note',
    ]);
  });

  it('is submitted, then no longer editable by the agency', async () => {
    const token = await t.token('operator-customs');
    const submitted = await t.request(`/api/clearance/drafts/${draftId}/submit`, { method: 'POST', token });
    expect(clearanceDraftSchema.parse(await submitted.json()).status).toBe('in-review');
    await expectProblem(
      await t.request(`/api/clearance/drafts/${draftId}`, {
        method: 'PUT',
        token,
        json: { content: proposal(customsStep, 700), note: 'again' },
      }),
      409,
      'clearance.draft_not_editable',
    );
    await expectProblem(
      await t.request(`/api/clearance/drafts/${draftId}/review`, {
        method: 'POST',
        token,
        json: { decision: 'approve' },
      }),
      403,
      'auth.forbidden',
    );
  });

  it('a rejection needs a comment, and the agency sees it', async () => {
    const admin = await t.token('admin');
    const missing = await expectProblem(
      await t.request(`/api/clearance/drafts/${draftId}/review`, {
        method: 'POST',
        token: admin,
        json: { decision: 'reject' },
      }),
      400,
      'validation.failed',
    );
    expect(missing.errors?.map((e) => e.path)).toEqual(['comment']);
    const rejected = await t.request(`/api/clearance/drafts/${draftId}/review`, {
      method: 'POST',
      token: admin,
      json: { decision: 'reject', comment: 'Please keep the statutory 24 h limit and say what changed in the note.' },
    });
    expect(rejected.status).toBe(200);
    const seen = clearanceDraftSchema.parse(
      await (await t.request(`/api/clearance/drafts/${draftId}`, { token: await t.token('operator-customs') })).json(),
    );
    expect(seen.status).toBe('rejected');
    expect(seen.reviews.at(-1)).toMatchObject({ decision: 'rejected', comment: expect.stringContaining('24 h') });
    await expectProblem(
      await t.request(`/api/clearance/drafts/${draftId}/submit`, {
        method: 'POST',
        token: await t.token('operator-customs'),
      }),
      409,
      'clearance.draft_not_editable',
    );
  });

  it('is edited back to draft, resubmitted and approved: a new public version with what changed', async () => {
    const token = await t.token('operator-customs');
    const edited = await t.request(`/api/clearance/drafts/${draftId}`, {
      method: 'PUT',
      token,
      json: { content: proposal(customsStep, 1200), note: 'Review time limit cut from 24 h to 20 h' },
    });
    expect(clearanceDraftSchema.parse(await edited.json()).status).toBe('draft');
    await t.request(`/api/clearance/drafts/${draftId}/submit`, { method: 'POST', token });
    const approved = clearanceDraftSchema.parse(
      await (
        await t.request(`/api/clearance/drafts/${draftId}/review`, {
          method: 'POST',
          token: await t.token('admin'),
          json: { decision: 'approve' },
        })
      ).json(),
    );
    expect(approved).toMatchObject({ status: 'approved', publishedVersion: 2 });
    expect(approved.reviews.map((r) => r.decision)).toEqual(['rejected', 'approved']);

    const current = clearanceProcedureSchema.parse(
      await (await t.request(`/api/clearance/procedures/${PROCEDURE}`)).json(),
    );
    expect(current.version).toBe(2);
    expect(current.steps.find((s) => s.id === 'declaration')!.timing.limitMinutes).toBe(1200);
    const history = procedureVersionListSchema.parse(
      await (await t.request(`/api/clearance/procedures/${PROCEDURE}/versions`)).json(),
    );
    expect(history.items.map((v) => v.version)).toEqual([2, 1]);
    expect(history.items[0]).toMatchObject({
      note: 'Review time limit cut from 24 h to 20 h',
      changes: [{ stepId: 'declaration', kind: 'changed', fields: ['timing'] }],
      approvedBy: expect.stringContaining('admin'),
      proposedBy: expect.stringContaining('Customs'),
    });
    const first = clearanceProcedureSchema.parse(
      await (await t.request(`/api/clearance/procedures/${PROCEDURE}/versions/1`)).json(),
    );
    expect(first.steps.find((s) => s.id === 'declaration')!.timing.limitMinutes).toBe(customsStep.timing.limitMinutes);
    await expectProblem(
      await t.request(`/api/clearance/drafts/${draftId}/review`, {
        method: 'POST',
        token: await t.token('admin'),
        json: { decision: 'approve' },
      }),
      409,
      'clearance.draft_not_in_review',
    );
  });

  it('audits every write, the publication with the procedure before and after', async () => {
    const audit = auditListResponseSchema.parse(
      await (await t.request('/api/audit?resource=clearance-procedure', { token: await t.token('admin') })).json(),
    );
    expect(audit.items[0]).toMatchObject({ resourceId: PROCEDURE, action: 'update', actor: { id: 'admin' } });
    const drafts = auditListResponseSchema.parse(
      await (await t.request(`/api/audit?resourceId=${draftId}`, { token: await t.token('admin') })).json(),
    );
    expect(drafts.items.map((e) => e.action).reverse()).toEqual([
      'create',
      'update',
      'update',
      'update',
      'update',
      'update',
    ]);
  });

  it('a retried creation with the same Idempotency-Key creates one proposal', async () => {
    const step = procedure.steps.find((s) => s.id === 'tax-payment')!;
    const send = async () =>
      t.request('/api/clearance/drafts', {
        method: 'POST',
        token: await t.token('operator-customs'),
        headers: { 'Idempotency-Key': 'clearance-retry-1' },
        json: { procedureId: PROCEDURE, stepId: step.id, content: proposal(step, 600), note: 'Faster payment' },
      });
    const first = await send();
    const again = await send();
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await again.json()).id).toBe((await first.json()).id);
  });
});

describe('seeding', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-clearance-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fills a database made before the clearance guide existed, once, and keeps what was published', async () => {
    const path = join(dir, 'older.db');
    const first = await startApi({ databaseUrl: `file:${path}` });
    await first.close();
    // Make it look like a database from before this domain: its tables empty, never seeded.
    const sqlite = new SQLite(path);
    for (const table of ['clearance_versions', 'clearance_procedures', 'clearance_agencies'])
      sqlite.exec(`DELETE FROM ${table}`);
    sqlite.exec(`DELETE FROM meta WHERE key = 'clearance_seeded_at'`);
    sqlite.exec(`DELETE FROM users WHERE id = 'operator-customs'`);
    sqlite.close();

    const second = await startApi({ databaseUrl: `file:${path}` });
    const list = procedureListResponseSchema.parse(await (await second.request('/api/clearance/procedures')).json());
    expect(list.total).toBe(CLEARANCE_PROCEDURES.length);
    await second.token('operator-customs'); // the agency's demo user came with it
    const step = procedure.steps.find((s) => s.id === 'release')!;
    const created = await second.request('/api/clearance/drafts', {
      method: 'POST',
      token: await second.token('admin'),
      json: { procedureId: PROCEDURE, stepId: 'release', content: proposal(step, 90), note: 'Release limit 90 min' },
    });
    const id = (await created.json()).id;
    const admin = await second.token('admin');
    await second.request(`/api/clearance/drafts/${id}/submit`, { method: 'POST', token: admin });
    await second.request(`/api/clearance/drafts/${id}/review`, {
      method: 'POST',
      token: admin,
      json: { decision: 'approve' },
    });
    await second.close();

    const third = await startApi({ databaseUrl: `file:${path}` });
    const after = clearanceProcedureSchema.parse(
      await (await third.request(`/api/clearance/procedures/${PROCEDURE}`)).json(),
    );
    expect(after.version).toBe(2); // not seeded over
    await third.close();
  });
});
