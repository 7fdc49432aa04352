/** The usage meter's API on the reference server: reads, uploads, corrections, roles, audit and seeding. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditListResponseSchema,
  usageFiguresResponseSchema,
  usageImportListResponseSchema,
  usageImportResultSchema,
  usageRevisionsResponseSchema,
} from '@sw/contracts';
import { FEES, USAGE_AS_OF, USAGE_FIGURES } from '@sw/mocks/data';
import { expectProblem, startApi, type TestApi } from './helpers.ts';

let t: TestApi;
beforeAll(async () => {
  t = await startApi({ rateLimit: false, now: () => new Date('2022-02-10T09:00:00+08:00') });
});
afterAll(() => t.close());

const row = (extra: Record<string, unknown> = {}) => ({
  business: 'transport',
  port: 'mawan',
  month: '2022-01',
  singleWindow: 330,
  total: 331,
  ...extra,
});
const upload = async (body: unknown, user: string | null = 'admin', path = '/api/usage/imports', headers = {}) =>
  t.request(path, { method: 'POST', json: body, headers, ...(user ? { token: await t.token(user) } : {}) });
const figures = async (query: string) =>
  usageFiguresResponseSchema.parse(await (await t.request(`/api/usage/figures${query}`)).json());
const stored = (business: string, port: string, month: string) =>
  USAGE_FIGURES.find((f) => f.business === business && f.port === port && f.month === month)!;

describe('reading figures', () => {
  it('serves the seeded demo figures with the 100% target of measure 28', async () => {
    const body = await figures('');
    expect(body.total).toBe(USAGE_FIGURES.length);
    expect(body.items).toEqual(USAGE_FIGURES);
    expect(body.asOf).toBe(USAGE_AS_OF);
    expect(body.target).toMatchObject({ rate: 1, date: '2020-12-31' });
  });

  it('drills down by mode (land = road and rail ports)', async () => {
    const body = await figures('?business=goods&mode=land&from=2021-12');
    expect(body.items.map((f) => f.port)).toEqual(['huanggang', 'wenjindu', 'shenzhen-bay', 'pingshan-rail']);
  });

  it('refuses bad filters with one error per value', async () => {
    const problem = await expectProblem(
      await t.request('/api/usage/figures?mode=water&from=2020-1'),
      400,
      'validation.failed',
    );
    expect(problem.errors?.map((e) => e.path)).toEqual(['mode', 'from']);
  });
});

describe('uploads by the single-window team', () => {
  it('preview says what would change and writes nothing', async () => {
    const response = await upload(
      { source: 'Preview', rows: [row(), row({ month: '2021-12', singleWindow: 1 })] },
      'admin',
      '/api/usage/imports/preview',
    );
    expect(response.status).toBe(200);
    const result = usageImportResultSchema.parse(await response.json());
    expect(result).toMatchObject({ created: 1, corrected: 1, unchanged: 0 });
    expect(result.rows[1]?.previous).toMatchObject({
      revision: 1,
      singleWindow: stored('transport', 'mawan', '2021-12').singleWindow,
    });
    expect((await figures('?port=mawan&from=2022-01')).total).toBe(0);
  });

  it('writes new months and corrections, keeps each figure’s history, moves asOf and is audited', async () => {
    const before = stored('goods', 'chiwan', '2021-11');
    const response = await upload({
      source: '深圳海关单一窗口月报 2022-01',
      note: 'Late declarations added',
      rows: [
        row(),
        {
          business: 'goods',
          port: 'chiwan',
          month: '2021-11',
          singleWindow: before.singleWindow + 10,
          total: before.total,
        },
        { ...stored('goods', 'chiwan', '2021-10'), revision: undefined, demo: undefined },
      ].map(({ revision: _r, demo: _d, ...rest }: Record<string, unknown>) => rest),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    const result = usageImportResultSchema.parse(await response.json());
    expect(result).toMatchObject({ created: 1, corrected: 1, unchanged: 1 });

    const corrected = await figures('?business=goods&port=chiwan&from=2021-10&to=2021-11');
    expect(corrected.items.map((f) => [f.month, f.revision, f.demo, f.source])).toEqual([
      ['2021-10', 1, true, undefined],
      ['2021-11', 2, false, '深圳海关单一窗口月报 2022-01'],
    ]);
    expect(corrected.asOf).toBe(result.at);
    const history = usageRevisionsResponseSchema.parse(
      await (await t.request('/api/usage/revisions?business=goods&port=chiwan&month=2021-11')).json(),
    );
    expect(history.items.map((r) => [r.revision, r.singleWindow, r.note ?? null, r.importId ?? null])).toEqual([
      [2, before.singleWindow + 10, 'Late declarations added', result.id],
      [1, before.singleWindow, null, null],
    ]);

    const audit = auditListResponseSchema.parse(
      await (
        await t.request(`/api/audit?resource=usage-import&resourceId=${result.id}`, { token: await t.token('admin') })
      ).json(),
    );
    expect(audit.items[0]).toMatchObject({
      action: 'create',
      actor: { id: 'admin' },
      after: { id: result.id, corrected: 1 },
    });

    const list = usageImportListResponseSchema.parse(
      await (await t.request('/api/usage/imports', { token: await t.token('admin') })).json(),
    );
    expect(list.items[0]).toMatchObject({
      id: result.id,
      by: 'admin',
      rows: 3,
      created: 1,
      corrected: 1,
      unchanged: 1,
    });
  });

  it('refuses the whole upload when one row is bad: no figure, no history, no audit entry', async () => {
    const auditBefore = await (
      await t.request('/api/audit?resource=usage-import', { token: await t.token('admin') })
    ).text();
    const problem = await expectProblem(
      await upload({
        source: 'x',
        rows: [row({ port: 'yantian' }), row({ port: 'shekou', total: -4 }), row({ port: 'yantian' })],
      }),
      400,
      'validation.failed',
    );
    expect(problem.errors?.map((e) => [e.path, e.code])).toEqual([
      ['rows.1.total', 'usage.count_negative'],
      ['rows.2', 'usage.duplicate_row'],
    ]);
    expect((await figures('?port=yantian,shekou&from=2022-01')).total).toBe(0);
    expect(await (await t.request('/api/audit?resource=usage-import', { token: await t.token('admin') })).text()).toBe(
      auditBefore,
    );
  });

  it('refuses months that are not over, and malformed JSON', async () => {
    const problem = await expectProblem(
      await upload({ source: 'x', rows: [row({ month: '2022-02' })] }),
      400,
      'validation.failed',
    );
    expect(problem.errors?.[0]).toMatchObject({ path: 'rows.0.month', code: 'usage.month_in_future' });
    const malformed = await t.request('/api/usage/imports', {
      method: 'POST',
      token: await t.token('admin'),
      headers: { 'content-type': 'application/json' },
      body: '{"rows": [',
    });
    await expectProblem(malformed, 400, 'request.malformed_json');
  });

  it('answers a retry with the same Idempotency-Key without writing twice', async () => {
    const body = { source: 'retry', rows: [row({ port: 'dachan-bay', singleWindow: 150, total: 160 })] };
    const first = await upload(body, 'admin', '/api/usage/imports', { 'Idempotency-Key': 'usage-retry-1' });
    const second = await upload(body, 'admin', '/api/usage/imports', { 'Idempotency-Key': 'usage-retry-1' });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await second.json()).toEqual(await first.json());
    const history = usageRevisionsResponseSchema.parse(
      await (await t.request('/api/usage/revisions?business=transport&port=dachan-bay&month=2022-01')).json(),
    );
    expect(history.items).toHaveLength(1);
  });
});

describe('who may upload', () => {
  const body = { source: 'x', rows: [row({ port: 'wenjindu' })] };
  it.each([
    [null, 401, 'auth.required'],
    ['operator-yict', 403, 'auth.forbidden'],
    ['regulator', 403, 'auth.forbidden'],
  ] as const)('%s is refused (%i) before the body is read, and nothing is written', async (user, status, code) => {
    await expectProblem(await upload(body, user), status, code);
    await expectProblem(await upload({ nonsense: true }, user, '/api/usage/imports/preview'), status, code);
    await expectProblem(
      await t.request('/api/usage/imports', user ? { token: await t.token(user) } : {}),
      status,
      code,
    );
    expect((await figures('?port=wenjindu&from=2022-01')).total).toBe(0);
  });
});

describe('seeding', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-usage-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds the demo figures to a database seeded before the usage meter existed, once', async () => {
    const path = join(dir, 'portal.db');
    const first = await startApi({ databaseUrl: `file:${path}` });
    await first.close();
    // As a database from before this domain: fees there, usage tables empty, never seeded.
    const sqlite = new SQLite(path);
    for (const table of ['usage_figures', 'usage_revisions', 'usage_clearance_times'])
      sqlite.prepare(`delete from ${table}`).run();
    sqlite.prepare("delete from meta where key like 'usage_%'").run();
    sqlite.close();

    const second = await startApi({ databaseUrl: `file:${path}` });
    const body = usageFiguresResponseSchema.parse(await (await second.request('/api/usage/figures')).json());
    expect(body.total).toBe(USAGE_FIGURES.length);
    expect((await (await second.request('/api/fees')).json()).total).toBe(FEES.length);
    await second.close();

    // Emptied after seeding: stays empty (seeded once, never over what the team did).
    const again = new SQLite(path);
    again.prepare('delete from usage_figures').run();
    again.close();
    const third = await startApi({ databaseUrl: `file:${path}` });
    expect(usageFiguresResponseSchema.parse(await (await third.request('/api/usage/figures')).json()).total).toBe(0);
    await third.close();
  });
});
