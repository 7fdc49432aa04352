/**
 * The contract suite for the fee directory's lifecycle reads: item history, reductions since a
 * date and the open data (JSON and CSV). Server and mocks must answer alike for the demo data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PROBLEM_CONTENT_TYPE,
  feeHistoryResponseSchema,
  feeOpenDataSchema,
  feeReductionListSchema,
  problemSchema,
} from '@sw/contracts';
import { FEE_HISTORY, FEES } from '@sw/mocks/data';
import { mocksTarget, serverTarget, type Target } from './targets.ts';

const ORIGIN = 'http://localhost:4100';
const targets: Target[] = [];
beforeAll(async () => {
  targets.push(await serverTarget(), mocksTarget());
});
afterAll(async () => {
  await Promise.all(targets.map((target) => target.close()));
});

const ask = async (target: Target, path: string) => {
  const response = await target.fetch(new Request(ORIGIN + path));
  const contentType = response.headers.get('content-type');
  const text = await response.text();
  return {
    status: response.status,
    contentType,
    body: contentType?.includes('json') ? (JSON.parse(text) as unknown) : text,
  };
};
const both = (path: string) => Promise.all(targets.map((target) => ask(target, path)));

describe('contract: fee history', () => {
  it.each([
    'fee-pilotage-yantian',
    'fee-port-dues-container-foreign',
    'fee-night-pickup-surcharge-shekou',
    'fee-reefer-plugin-shekou',
  ])('%s: the same valid history from both', async (id) => {
    const [server, mocks] = await both(`/api/fees/${id}/history`);
    expect(server?.status).toBe(200);
    const history = feeHistoryResponseSchema.parse(server?.body);
    expect(history.entries).toEqual(FEE_HISTORY.filter((entry) => entry.feeId === id));
    expect(server).toEqual(mocks);
  });

  it('the pilotage cut of 2022 is in it, sourced, at −15 %', async () => {
    const [server] = await both('/api/fees/fee-pilotage-yantian/history');
    const entries = feeHistoryResponseSchema.parse(server?.body).entries;
    expect(entries.find((e) => e.kind === 'standard-changed')).toMatchObject({
      date: '2022-04-01',
      changePercent: -15,
      demo: false,
    });
  });

  it('an unknown item is a 404 problem from both', async () => {
    const [server, mocks] = await both('/api/fees/fee-unknown/history');
    expect(server?.status).toBe(404);
    expect(server?.contentType).toBe(PROBLEM_CONTENT_TYPE);
    expect(problemSchema.parse(server?.body).code).toBe('fee.not_found');
    expect(server).toEqual(mocks);
  });
});

describe('contract: reductions', () => {
  it.each(['2019-01-01', '2022-04-01', '2024-06-30'])('since %s: the same list from both', async (since) => {
    const [server, mocks] = await both(`/api/fees/reductions?since=${since}`);
    expect(server?.status).toBe(200);
    const list = feeReductionListSchema.parse(server?.body);
    expect(list.items.length).toBeGreaterThan(0);
    for (const { entry } of list.items) expect(entry.date >= since).toBe(true);
    expect(server).toEqual(mocks);
  });

  it('lists the pilotage cut from 2022-04-01', async () => {
    const [server] = await both('/api/fees/reductions?since=2022-04-01');
    const list = feeReductionListSchema.parse(server?.body);
    expect(list.items.find((i) => i.fee.id === 'fee-pilotage-yantian')?.entry).toMatchObject({ changePercent: -15 });
  });

  it('refuses a missing or malformed date alike', async () => {
    for (const path of ['/api/fees/reductions', '/api/fees/reductions?since=2022-13-01']) {
      const [server, mocks] = await both(path);
      expect(server?.status).toBe(400);
      expect(problemSchema.parse(server?.body).code).toBe('validation.failed');
      expect(mocks?.status).toBe(400);
      expect(problemSchema.parse(mocks?.body).errors?.[0]?.path).toBe('since');
      expect(problemSchema.parse(server?.body).errors?.[0]?.path).toBe('since');
    }
  });
});

describe('contract: open data', () => {
  it('JSON: the items in effect or under publicity, the same from both', async () => {
    const [server, mocks] = await both('/api/open-data/fees.json');
    expect(server?.status).toBe(200);
    const data = feeOpenDataSchema.parse(server?.body);
    expect(data.items.map((i) => i.id)).toEqual(
      FEES.filter((i) => i.status === 'effective' || i.status === 'publicised').map((i) => i.id),
    );
    expect(server).toEqual(mocks);
  });

  it('CSV: one row per published item, the same from both', async () => {
    const [server, mocks] = await both('/api/open-data/fees.csv');
    expect(server?.status).toBe(200);
    expect(server?.contentType).toBe('text/csv; charset=utf-8');
    const lines = String(server?.body).trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,status,charging_body_id,/); // the BOM is read away by text()
    expect(lines).toHaveLength(1 + FEES.filter((i) => i.status === 'effective' || i.status === 'publicised').length);
    expect(server).toEqual(mocks);
  });
});
