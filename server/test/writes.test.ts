/** Fee and objection writes: behaviour, the catalogue they update, audit entries and idempotency. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditListResponseSchema,
  feeItemSchema,
  feeListResponseSchema,
  objectionListResponseSchema,
  objectionSchema,
  type AuditEntry,
} from '@sw/contracts';
import { FEES_AS_OF } from '@sw/mocks/data';
import { OBJECTION, expectProblem, newFee, startApi, type TestApi } from './helpers.ts';

let t: TestApi;
beforeAll(async () => {
  t = await startApi({ rateLimit: false });
});
afterAll(() => t.close());

async function audit(query: string): Promise<AuditEntry[]> {
  const response = await t.request(`/api/audit?${query}`, { token: await t.token('admin') });
  expect(response.status).toBe(200);
  return auditListResponseSchema.parse(await response.json()).items;
}

async function search(query: string) {
  return feeListResponseSchema.parse(await (await t.request(`/api/fees?${query}`)).json());
}

describe('an operator publicises a new charge', () => {
  it('creates it for its own organisation as publicised, listed at once, with an audit entry', async () => {
    const token = await t.token('operator-yict');
    const response = await t.request('/api/fees', { method: 'POST', token, json: newFee('YT-PRECOOL-1') });
    expect(response.status).toBe(201);
    const item = feeItemSchema.parse(await response.json());
    expect(item).toMatchObject({
      id: 'fee-yt-precool-1',
      status: 'publicised',
      demo: false,
      chargingBody: { id: 'yict', name: { en: 'Yantian International Container Terminals Ltd.' } },
    });
    expect(response.headers.get('location')).toBe('/api/fees/fee-yt-precool-1');

    expect(await (await t.request('/api/fees/fee-yt-precool-1')).json()).toEqual(item);
    const listed = await search(`q=${encodeURIComponent('冷藏箱預冷')}&status=publicised`);
    expect(listed.items.map((i) => i.id)).toEqual(['fee-yt-precool-1']);
    expect(listed.asOf).not.toBe(FEES_AS_OF);
    // New items go to the end of the catalogue.
    expect((await search('')).items.at(-1)?.id).toBe('fee-yt-precool-1');

    const [entry] = await audit('resource=fee&resourceId=fee-yt-precool-1');
    expect(entry).toMatchObject({
      action: 'create',
      actor: { id: 'operator-yict', role: 'operator', organisationId: 'yict' },
      before: null,
      after: item,
    });
    expect(entry?.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('an admin names the organisation; an unknown one is a validation error', async () => {
    const token = await t.token('admin');
    const missing = await expectProblem(
      await t.request('/api/fees', { method: 'POST', token, json: newFee('ADM-1') }),
      400,
      'validation.failed',
    );
    expect(missing.errors?.[0]?.path).toBe('chargingBodyId');
    await expectProblem(
      await t.request('/api/fees', { method: 'POST', token, json: newFee('ADM-1', { chargingBodyId: 'atlantis' }) }),
      400,
      'validation.failed',
    );
    const created = await t.request('/api/fees', {
      method: 'POST',
      token,
      json: newFee('ADM-1', { chargingBodyId: 'sct', id: 'fee-sct-precool', demo: true, ports: ['shekou', 'chiwan'] }),
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ id: 'fee-sct-precool', chargingBody: { id: 'sct' }, demo: true });
  });
});

describe('changing a charge', () => {
  it('updates fields, keeps position, re-indexes search and records before and after', async () => {
    const token = await t.token('operator-yict');
    const before = feeItemSchema.parse(await (await t.request('/api/fees/fee-reefer-plugin-yantian')).json());
    const position = (await search('')).items.findIndex((i) => i.id === before.id);
    const response = await t.request(`/api/fees/${before.id}`, {
      method: 'PATCH',
      token,
      json: {
        code: 'RF-RENAMED-9',
        name: { 'zh-CN': '冷藏箱电源服务费', 'zh-HK': '冷藏箱電源服務費', en: 'Reefer power supply' },
        standard: { kind: 'fixed', amount: 95, currency: 'CNY' },
      },
    });
    expect(response.status).toBe(200);
    const after = feeItemSchema.parse(await response.json());
    expect(after).toMatchObject({ code: 'RF-RENAMED-9', standard: { amount: 95 }, status: before.status });
    expect((await search('')).items.findIndex((i) => i.id === before.id)).toBe(position);
    expect((await search('q=RF-RENAMED-9')).items.map((i) => i.id)).toEqual([before.id]);
    expect((await search(`q=${encodeURIComponent(before.code)}`)).items.map((i) => i.id)).not.toContain(before.id);
    expect((await search('q=reeferpowersupply')).total).toBe(1);
    const [entry] = await audit(`resource=fee&resourceId=${before.id}`);
    expect(entry).toMatchObject({ action: 'update', before, after });
  });

  it('moves status along the allowed transitions only, taking effect only after the publicity', async () => {
    let now = new Date('2026-12-01T02:00:00Z'); // a Tuesday in Shenzhen
    const clocked = await startApi({ rateLimit: false, now: () => now });
    try {
      const login = async () =>
        (
          (await (
            await clocked.request('/api/dev/login', { method: 'POST', json: { user: 'operator-yict' } })
          ).json()) as { token: string }
        ).token;
      let token = await login();
      const created = feeItemSchema.parse(
        await (
          await clocked.request('/api/fees', {
            method: 'POST',
            token,
            json: newFee('YT-FLOW-1', { effectiveFrom: '2026-12-02' }),
          })
        ).json(),
      );
      // Ten working days from 1 December end on 14 December; charging may start the day after.
      expect(created).toMatchObject({
        status: 'publicised',
        publicity: { startsOn: '2026-12-01', endsOn: '2026-12-14', workingDays: 10 },
        effectiveFrom: '2026-12-15',
      });
      const move = (status: string) =>
        clocked.request(`/api/fees/${created.id}`, { method: 'PATCH', token, json: { status } });
      await expectProblem(await move('suspended'), 409, 'fee.invalid_transition');
      await expectProblem(await move('effective'), 409, 'fee.publicity_running');
      now = new Date('2026-12-15T02:00:00Z');
      token = await login(); // the first token has expired in the meantime
      // The publicity ended with no objection: the item took effect by itself.
      expect((await (await clocked.request(`/api/fees/${created.id}`)).json()).status).toBe('effective');
      for (const status of ['suspended', 'effective', 'abolished']) {
        const response = await move(status);
        expect(response.status).toBe(200);
        expect((await response.json()).status).toBe(status);
      }
      for (const status of ['effective', 'suspended', 'publicised']) {
        await expectProblem(await move(status), 409, 'fee.invalid_transition');
      }
      const history = await (await clocked.request(`/api/fees/${created.id}/history`)).json();
      expect(history.entries.map((e: { kind: string }) => e.kind)).toEqual([
        'publicised',
        'effective',
        'status-changed',
        'status-changed',
        'status-changed',
      ]);
    } finally {
      await clocked.close();
    }
  });

  it('refuses an empty change and unknown fields', async () => {
    const token = await t.token('operator-yict');
    await expectProblem(
      await t.request('/api/fees/fee-thc-yantian-20', { method: 'PATCH', token, json: {} }),
      400,
      'validation.failed',
    );
    const problem = await expectProblem(
      await t.request('/api/fees/fee-thc-yantian-20', { method: 'PATCH', token, json: { chargingBodyId: 'sct' } }),
      400,
      'validation.failed',
    );
    expect(problem.errors?.[0]).toMatchObject({ path: 'chargingBodyId', message: 'unknown field' });
  });
});

describe('objections', () => {
  it('the public lodges one; it is listed, audited, and blocks the charge until decided', async () => {
    const operator = await t.token('operator-yict');
    const id = feeItemSchema.parse(
      await (await t.request('/api/fees', { method: 'POST', token: operator, json: newFee('YT-OBJ-1') })).json(),
    ).id;
    const response = await t.request(`/api/fees/${id}/objections`, {
      method: 'POST',
      json: OBJECTION,
      headers: { 'Accept-Language': 'zh-HK' },
    });
    expect(response.status).toBe(201);
    const objection = objectionSchema.parse(await response.json());
    expect(objection).toMatchObject({ feeId: id, status: 'open', locale: 'zh-HK', name: OBJECTION.name });
    expect(objection.reference).toMatch(/^OBJ-\d{8}-[0-9A-F]{8}$/);

    const [entry] = await audit(`resource=objection&resourceId=${objection.id}`);
    expect(entry).toMatchObject({ action: 'create', actor: { id: 'anonymous', role: 'public' }, after: objection });

    await expectProblem(
      await t.request(`/api/fees/${id}`, { method: 'PATCH', token: operator, json: { status: 'effective' } }),
      409,
      'fee.objections_open',
    );
    const regulator = await t.token('regulator');
    const open = objectionListResponseSchema.parse(
      await (await t.request('/api/objections?status=open', { token: regulator })).json(),
    );
    expect(open.items.map((o) => o.id)).toContain(objection.id);
    const decided = await t.request(`/api/objections/${objection.id}`, {
      method: 'PATCH',
      token: regulator,
      json: { status: 'upheld', resolution: 'The service is part of terminal handling.' },
    });
    expect(await decided.json()).toMatchObject({
      status: 'upheld',
      resolution: 'The service is part of terminal handling.',
    });
    const [resolved] = await audit(`resource=objection&resourceId=${objection.id}`);
    expect(resolved).toMatchObject({
      action: 'update',
      actor: { id: 'regulator' },
      before: { status: 'open' },
      after: { status: 'upheld' },
    });
    // Upheld: the publicised charge is withdrawn, and the decision is in its history.
    expect((await (await t.request(`/api/fees/${id}`)).json()).status).toBe('withdrawn');
    const history = await (await t.request(`/api/fees/${id}/history`)).json();
    expect(history.entries.at(-1)).toMatchObject({
      kind: 'objection-upheld',
      objectionReference: objection.reference,
      note: 'The service is part of terminal handling.',
      statusAfter: 'withdrawn',
    });
  });
});

describe('Idempotency-Key', () => {
  it('the same key and body twice creates one fee and answers the same', async () => {
    const token = await t.token('operator-yict');
    const send = () =>
      t.request('/api/fees', {
        method: 'POST',
        token,
        json: newFee('YT-IDEM-1'),
        headers: { 'Idempotency-Key': 'fee-k1' },
      });
    const first = await send();
    const second = await send();
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(await second.json()).toEqual(await first.json());
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    expect((await search('q=YT-IDEM-1')).total).toBe(1);
    const entries = await audit('resource=fee&resourceId=fee-yt-idem-1');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.idempotencyKey).toBe('fee-k1');
  });

  it('key order and spacing of the body do not matter; another body does', async () => {
    const token = await t.token('operator-yict');
    const body = newFee('YT-IDEM-2');
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const headers = { 'Idempotency-Key': 'fee-k2', 'content-type': 'application/json' };
    const first = await t.request('/api/fees', { method: 'POST', token, headers, body: JSON.stringify(body) });
    const again = await t.request('/api/fees', {
      method: 'POST',
      token,
      headers,
      body: JSON.stringify(reordered, null, 2),
    });
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    await expectProblem(
      await t.request('/api/fees', {
        method: 'POST',
        token,
        json: newFee('YT-IDEM-3'),
        headers: { 'Idempotency-Key': 'fee-k2' },
      }),
      422,
      'idempotency.key_reused',
    );
    expect((await search('q=YT-IDEM-3')).total).toBe(0);
  });

  it('objections: one record per key, even for simultaneous retries; keys are per caller', async () => {
    const url = '/api/fees/fee-broker-two-step/objections';
    const headers = { 'Idempotency-Key': 'obj-k1' };
    const admin = await t.token('admin');
    const count = async () =>
      objectionListResponseSchema
        .parse(await (await t.request('/api/fees/fee-broker-two-step/objections', { token: admin })).json())
        .items.filter((o) => o.reason === OBJECTION.reason).length;
    const before = await count();
    const answers = await Promise.all(
      [1, 2, 3].map(() => t.request(url, { method: 'POST', json: OBJECTION, headers })),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    for (const answer of answers.filter((a) => a.status === 409)) {
      await expectProblem(answer, 409, 'idempotency.in_progress');
    }
    const replay = await t.request(url, { method: 'POST', json: OBJECTION, headers });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await count()).toBe(before + 1);
    // The same key from someone else is their own request.
    const other = await t.request(url, { method: 'POST', json: OBJECTION, headers, token: await t.token('regulator') });
    expect(other.headers.get('idempotent-replayed')).toBeNull();
    expect(await count()).toBe(before + 2);
  });
});

describe('GET /api/audit', () => {
  it('pages back through every write, newest first', async () => {
    const token = await t.token('admin');
    const first = auditListResponseSchema.parse(await (await t.request('/api/audit?limit=3', { token })).json());
    expect(first.items).toHaveLength(3);
    expect(first.items[0]!.id).toBeGreaterThan(first.items[2]!.id);
    expect(first.nextBefore).toBe(first.items[2]!.id);
    const next = auditListResponseSchema.parse(
      await (await t.request(`/api/audit?limit=3&before=${first.nextBefore}`, { token })).json(),
    );
    expect(next.items[0]!.id).toBeLessThan(first.items[2]!.id);
    const byActor = await audit('actor=regulator');
    expect(byActor.length).toBeGreaterThan(0);
    expect(byActor.every((e) => e.actor.id === 'regulator')).toBe(true);
  });
});
