import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import {
  PROBLEM_CONTENT_TYPE,
  problemSchema,
  usageClearanceTimesResponseSchema,
  usageFiguresResponseSchema,
  usageImportListResponseSchema,
  usageImportResultSchema,
  usageRevisionsResponseSchema,
} from '@sw/contracts';
import { USAGE_AS_OF, USAGE_FIGURES } from '../data/usage.ts';
import { handlers } from '../index.ts';
import { mockToken } from './auth.ts';
import { resetUsageMocks } from './usage.ts';

const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  resetUsageMocks();
});
afterAll(() => server.close());

const API = 'http://localhost/api/usage';
const later = new Date(Date.now() + 3600_000);
const ADMIN = `Bearer ${mockToken({ id: 'admin', role: 'admin', name: 'Admin' }, later)}`;
const OPERATOR = `Bearer ${mockToken({ id: 'op', role: 'operator', name: 'Op', organisationId: 'yict' }, later)}`;

const upload = (body: unknown, authorization = ADMIN, path = '/imports') =>
  fetch(`${API}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify(body),
  });
const row = (extra: Record<string, unknown> = {}) => ({
  business: 'goods',
  port: 'yantian',
  month: '2021-12',
  singleWindow: 50_000,
  total: 50_100,
  ...extra,
});
async function figures(query = '') {
  return usageFiguresResponseSchema.parse(await (await fetch(`${API}/figures${query}`)).json());
}
async function problem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe(PROBLEM_CONTENT_TYPE);
  const body = problemSchema.parse(await response.json());
  expect(body.code).toBe(code);
  return body;
}

describe('GET /api/usage/figures', () => {
  it('returns every figure with the target and as-of date', async () => {
    const body = await figures();
    expect(body.items).toEqual(USAGE_FIGURES);
    expect(body.total).toBe(USAGE_FIGURES.length);
    expect(body.asOf).toBe(USAGE_AS_OF);
    expect(body.target).toMatchObject({ rate: 1, date: '2020-12-31' });
  });

  it('filters by business, mode and months', async () => {
    const body = await figures('?business=manifest&mode=land&from=2020-01&to=2020-03');
    expect(new Set(body.items.map((f) => f.port))).toEqual(
      new Set(['huanggang', 'wenjindu', 'shenzhen-bay', 'pingshan-rail']),
    );
    expect(body.items).toHaveLength(4 * 3);
    expect(body.items.every((f) => f.business === 'manifest')).toBe(true);
  });

  it('refuses bad filter values, one error each', async () => {
    const body = await problem(await fetch(`${API}/figures?business=cargo&to=2020-99`), 400, 'validation.failed');
    expect(body.errors?.map((e) => e.path)).toEqual(['business', 'to']);
  });
});

describe('GET /api/usage/clearance-times', () => {
  it('returns release times per port and month with the national reference figures', async () => {
    const body = usageClearanceTimesResponseSchema.parse(
      await (await fetch(`${API}/clearance-times?port=yantian&from=2021-01`)).json(),
    );
    expect(body.items).toHaveLength(12);
    expect(body.national.map((n) => n.period)).toEqual(['2017', '2018', '2020-12', '2022']);
  });
});

describe('uploads', () => {
  it('are for the admin only: 401 without a token, 403 for other roles, nothing written', async () => {
    await problem(await upload({ source: 's', rows: [row()] }, ''), 401, 'auth.required');
    await problem(await upload({ source: 's', rows: [row()] }, OPERATOR), 403, 'auth.forbidden');
    await problem(await fetch(`${API}/imports`, { headers: { authorization: OPERATOR } }), 403, 'auth.forbidden');
    expect((await figures()).asOf).toBe(USAGE_AS_OF);
  });

  it('preview tells new figures from corrections and writes nothing', async () => {
    const response = await upload(
      { source: 'Customs report', rows: [row(), row({ month: '2017-12' })] },
      ADMIN,
      '/imports/preview',
    );
    expect(response.status).toBe(200);
    const result = usageImportResultSchema.parse(await response.json());
    expect(result).toMatchObject({ created: 1, corrected: 1, unchanged: 0 });
    expect(result.id).toBeUndefined();
    expect(result.rows[0]?.previous?.revision).toBe(1);
    expect(await figures('?from=2017-12&to=2017-12')).toMatchObject({ total: 0 });
  });

  it('a correction makes a new revision, keeps the old value in the history and moves asOf', async () => {
    const response = await upload({ source: 'Customs report 2022-01', note: 'late declarations', rows: [row()] });
    expect(response.status).toBe(201);
    const result = usageImportResultSchema.parse(await response.json());
    expect(result.id).toMatch(/^IMP-\d{8}-[0-9A-F]{8}$/);
    const body = await figures('?business=goods&port=yantian&from=2021-12');
    expect(body.items[0]).toMatchObject({
      singleWindow: 50_000,
      total: 50_100,
      revision: 2,
      demo: false,
      source: 'Customs report 2022-01',
    });
    expect(body.asOf).not.toBe(USAGE_AS_OF);
    const history = usageRevisionsResponseSchema.parse(
      await (await fetch(`${API}/revisions?business=goods&port=yantian&month=2021-12`)).json(),
    );
    expect(history.items.map((r) => [r.revision, r.singleWindow, r.note])).toEqual([
      [2, 50_000, 'late declarations'],
      [
        1,
        USAGE_FIGURES.find((f) => f.business === 'goods' && f.port === 'yantian' && f.month === '2021-12')!
          .singleWindow,
        undefined,
      ],
    ]);
    const list = usageImportListResponseSchema.parse(
      await (await fetch(`${API}/imports`, { headers: { authorization: ADMIN } })).json(),
    );
    expect(list.items[0]).toMatchObject({ id: result.id, by: 'admin', rows: 1, corrected: 1 });
  });

  it('refuses the whole upload when one row is bad, naming the row', async () => {
    const body = await problem(
      await upload({ source: 's', rows: [row({ month: '2017-11' }), row({ singleWindow: 60_000 })] }),
      400,
      'validation.failed',
    );
    expect(body.errors).toEqual([
      expect.objectContaining({ path: 'rows.1.singleWindow', code: 'usage.single_window_above_total' }),
    ]);
    expect(await figures('?from=2017-11&to=2017-11')).toMatchObject({ total: 0 });
  });

  it('answers malformed JSON with a problem', async () => {
    const response = await fetch(`${API}/imports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: ADMIN },
      body: '{"source":',
    });
    await problem(response, 400, 'request.malformed_json');
  });
});
