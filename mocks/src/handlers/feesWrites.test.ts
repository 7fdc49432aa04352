import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../data/users.ts';
import { createMockServer } from '../node.ts';
import { mockToken } from './auth.ts';
import { mockFeeStore } from './fees.ts';

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mockFeeStore.reset());
afterAll(() => server.close());

const tokenOf = (id: string) =>
  mockToken(
    DEMO_USERS.find((u) => u.id === id)!,
    new Date(Date.now() + 3_600_000),
  );
const t = (text: string) => ({ 'zh-CN': text, 'zh-HK': text, en: text });
const newFee = (code: string) => ({
  code,
  name: t('Night tally'),
  category: 'terminal-handling',
  service: t('Tallying at night'),
  standard: { kind: 'fixed', amount: 60, currency: 'CNY' },
  unit: 'container',
  pricingType: 'market-regulated',
  legalBasis: { title: t('Price Law') },
  payment: t('Cash'),
  ports: ['yantian'],
  effectiveFrom: '2030-01-01',
});
const send = (method: string, path: string, body: unknown, user?: string) =>
  fetch(`http://localhost/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(user ? { Authorization: `Bearer ${tokenOf(user)}` } : {}) },
    body: JSON.stringify(body),
  });

describe('mock fee writes', () => {
  it('publicise an operator’s new charge; the public and other organisations are refused', async () => {
    const created = await send('POST', '/fees', newFee('M-1'), 'operator-yict');
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ id: 'fee-m-1', status: 'publicised', publicity: { workingDays: 10 } });
    expect((await send('POST', '/fees', newFee('M-2'))).status).toBe(401);
    const other = await send('PATCH', '/fees/fee-m-1', { status: 'withdrawn' }, 'operator-sct');
    expect(other.status).toBe(403);
    expect((await other.json()).code).toBe('auth.forbidden');
  });

  it('answer a forbidden transition with the lifecycle’s 409 code', async () => {
    await send('POST', '/fees', newFee('M-3'), 'operator-yict');
    const early = await send('PATCH', '/fees/fee-m-3', { status: 'effective' }, 'operator-yict');
    expect(early.status).toBe(409);
    expect((await early.json()).code).toBe('fee.publicity_running');
  });

  it('import all rows or none', async () => {
    const bad = await send(
      'POST',
      '/fees/import',
      { items: [newFee('IMP-1'), { ...newFee('TH-003') }] },
      'operator-yict',
    );
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors.map((e: { path: string }) => e.path)).toEqual(['items.1.code']);
    expect(mockFeeStore.items.some((item) => item.code === 'IMP-1')).toBe(false);
    const good = await send('POST', '/fees/import', { items: [newFee('IMP-1')] }, 'operator-yict');
    expect(await good.json()).toMatchObject({ created: 1, updated: 0 });
  });

  it('an upheld objection withdraws the publicised charge and shows in its history', async () => {
    await send('POST', '/fees', newFee('M-4'), 'operator-yict');
    const objection = await (
      await send('POST', '/fees/fee-m-4/objections', { reason: 'This is charged twice already.' })
    ).json();
    const decided = await send(
      'PATCH',
      `/objections/${objection.id}`,
      { status: 'upheld', resolution: 'Double charge.' },
      'regulator',
    );
    expect(decided.status).toBe(200);
    expect(mockFeeStore.get('fee-m-4')?.status).toBe('withdrawn');
    const history = await (await fetch('http://localhost/api/fees/fee-m-4/history')).json();
    expect(history.entries.map((e: { kind: string }) => e.kind)).toEqual([
      'publicised',
      'objection-lodged',
      'objection-upheld',
    ]);
  });
});
