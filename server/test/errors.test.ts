/** Every error the API answers with is RFC 9457 problem+json with its own stable code. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { OBJECTION, expectProblem, newFee, startApi, type TestApi } from './helpers.ts';

let t: TestApi;
beforeAll(async () => {
  t = await startApi({ maxBodyBytes: 2048, rateLimit: false });
});
afterAll(() => t.close());

const PUBLICISED = 'fee-gate-appointment-yantian';

describe('400', () => {
  it('validation.failed names each bad field of a body with its path', async () => {
    const token = await t.token('operator-yict');
    const problem = await expectProblem(
      await t.request('/api/fees', {
        method: 'POST',
        token,
        json: newFee('X-1', { name: { 'zh-CN': '名称' }, ports: ['atlantis'], status: 'effective', unit: 'barrel' }),
      }),
      400,
      'validation.failed',
    );
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['name.en', 'name.zh-HK', 'ports.0', 'status', 'unit']);
    expect(problem.errors?.find((e) => e.path === 'status')?.message).toBe('unknown field');
    expect(problem.detail).toContain('unit:');
    expect(problem.instance).toBe('/api/fees');
  });

  it('validation.failed for query parameters, with the parameter as path', async () => {
    const problem = await expectProblem(await t.request('/api/fees?unit=barrel&limit=x'), 400, 'validation.failed');
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['limit', 'unit']);
    const audit = await t.request('/api/audit?limit=0', { token: await t.token('admin') });
    expect((await expectProblem(audit, 400, 'validation.failed')).errors?.[0]?.path).toBe('limit');
  });

  it('request.malformed_json for a body that is not JSON', async () => {
    await expectProblem(
      await t.request(`/api/fees/${PUBLICISED}/objections`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"reason": ',
      }),
      400,
      'request.malformed_json',
    );
  });

  it('idempotency.invalid_key for a key with spaces or control characters', async () => {
    await expectProblem(
      await t.request(`/api/fees/${PUBLICISED}/objections`, {
        method: 'POST',
        json: OBJECTION,
        headers: { 'Idempotency-Key': 'not a key' },
      }),
      400,
      'idempotency.invalid_key',
    );
  });
});

describe('401', () => {
  it('auth.required without a token where one is needed', async () => {
    const response = await t.request('/api/audit');
    await expectProblem(response, 401, 'auth.required');
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="portal"');
  });

  it('auth.invalid_token for a malformed, forged or expired token', async () => {
    const forged = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .setIssuer('sw-portal-dev')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('x'.repeat(32)));
    for (const authorization of ['Bearer', 'Basic YWRtaW46YWRtaW4=', 'Bearer abc.def.ghi', `Bearer ${forged}`]) {
      const response = await t.request('/api/audit', { headers: { authorization } });
      const problem = await expectProblem(response, 401, 'auth.invalid_token');
      expect(problem.detail).toBeTruthy();
      expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"');
    }
    // A bad token is refused on public writes too: it would misstate who wrote.
    await expectProblem(
      await t.request(`/api/fees/${PUBLICISED}/objections`, { method: 'POST', json: OBJECTION, token: 'abc.def.ghi' }),
      401,
      'auth.invalid_token',
    );
  });
});

describe('403', () => {
  it("auth.forbidden for another organisation's record", async () => {
    const problem = await expectProblem(
      await t.request('/api/fees/fee-thc-shekou-20', {
        method: 'PATCH',
        token: await t.token('operator-yict'),
        json: { status: 'suspended' },
      }),
      403,
      'auth.forbidden',
    );
    expect(problem.detail).toContain('own organisation');
  });
});

describe('404', () => {
  it('fee.not_found, objection.not_found, user.not_found and route.not_found', async () => {
    await expectProblem(await t.request('/api/fees/nope'), 404, 'fee.not_found');
    await expectProblem(
      await t.request('/api/fees/nope/objections', { method: 'POST', json: OBJECTION }),
      404,
      'fee.not_found',
    );
    await expectProblem(
      await t.request('/api/objections/nope', {
        method: 'PATCH',
        token: await t.token('regulator'),
        json: { status: 'upheld', resolution: 'x' },
      }),
      404,
      'objection.not_found',
    );
    await expectProblem(
      await t.request('/api/dev/login', { method: 'POST', json: { user: 'nobody' } }),
      404,
      'user.not_found',
    );
    const route = await expectProblem(await t.request('/api/nothing/here'), 404, 'route.not_found');
    expect(route.instance).toBe('/api/nothing/here');
    await expectProblem(await t.request('/api/fees', { method: 'DELETE' }), 404, 'route.not_found');
  });
});

describe('409', () => {
  it('fee.code_taken and fee.id_taken', async () => {
    const token = await t.token('admin');
    await expectProblem(
      await t.request('/api/fees', { method: 'POST', token, json: newFee('PI-001', { chargingBodyId: 'yict' }) }),
      409,
      'fee.code_taken',
    );
    await expectProblem(
      await t.request('/api/fees', {
        method: 'POST',
        token,
        json: newFee('NEW-ID-1', { chargingBodyId: 'yict', id: 'fee-pilotage-yantian' }),
      }),
      409,
      'fee.id_taken',
    );
  });

  it('fee.invalid_transition, fee.not_publicised, fee.objections_open, objection.already_resolved, fee.publicity_running', async () => {
    const admin = await t.token('admin');
    await expectProblem(
      await t.request('/api/fees/fee-eir-printing-yantian', {
        method: 'PATCH',
        token: admin,
        json: { status: 'effective' },
      }),
      409,
      'fee.invalid_transition',
    );
    await expectProblem(
      await t.request('/api/fees/fee-thc-yantian-20/objections', { method: 'POST', json: OBJECTION }),
      409,
      'fee.not_publicised',
    );
    const objection = await (
      await t.request(`/api/fees/${PUBLICISED}/objections`, { method: 'POST', json: OBJECTION, token: admin })
    ).json();
    await expectProblem(
      await t.request(`/api/fees/${PUBLICISED}`, { method: 'PATCH', token: admin, json: { status: 'effective' } }),
      409,
      'fee.objections_open',
    );
    const regulator = await t.token('regulator');
    const decide = () =>
      t.request(`/api/objections/${objection.id}`, {
        method: 'PATCH',
        token: regulator,
        json: { status: 'dismissed', resolution: 'No duplication found.' },
      });
    expect((await decide()).status).toBe(200);
    await expectProblem(await decide(), 409, 'objection.already_resolved');
    // With no objection open the charge still waits for its publicity period to end.
    await expectProblem(
      await t.request(`/api/fees/${PUBLICISED}`, { method: 'PATCH', token: admin, json: { status: 'effective' } }),
      409,
      'fee.publicity_running',
    );
  });
});

describe('413, 415', () => {
  it('request.too_large for a body over the limit, declared or streamed', async () => {
    const big = { ...OBJECTION, reason: 'x'.repeat(3000) };
    await expectProblem(
      await t.request('/api/fees/fee-broker-two-step/objections', { method: 'POST', json: big }),
      413,
      'request.too_large',
    );
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(JSON.stringify(big)));
        controller.close();
      },
    });
    await expectProblem(
      await t.api.fetch(
        new Request('http://portal.test/api/fees/fee-broker-two-step/objections', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: stream,
          duplex: 'half',
        } as RequestInit),
      ),
      413,
      'request.too_large',
    );
  });

  it('request.unsupported_media_type for a body that is not JSON', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      await expectProblem(
        await t.request('/api/dev/login', { method: 'POST', headers: { 'content-type': type }, body: 'user=admin' }),
        415,
        'request.unsupported_media_type',
      );
    }
    await expectProblem(
      await t.request('/api/dev/login', { method: 'POST', body: new Uint8Array([123, 125]) }),
      415,
      'request.unsupported_media_type',
    );
    // application/*+json is JSON.
    expect(
      (
        await t.request('/api/dev/login', {
          method: 'POST',
          headers: { 'content-type': 'application/merge-patch+json' },
          body: JSON.stringify({ user: 'admin' }),
        })
      ).status,
    ).toBe(200);
  });
});

describe('422', () => {
  it('idempotency.key_reused for the same key with another body', async () => {
    const headers = { 'Idempotency-Key': 'k-422' };
    const url = '/api/fees/fee-rail-transshipment-pingshan/objections';
    const token = await t.token('regulator');
    expect((await t.request(url, { method: 'POST', json: OBJECTION, headers, token })).status).toBe(201);
    await expectProblem(
      await t.request(url, { method: 'POST', json: { ...OBJECTION, name: 'Someone else' }, headers, token }),
      422,
      'idempotency.key_reused',
    );
  });
});

describe('429', () => {
  it('rate_limited for public writes over the limit per client, with Retry-After', async () => {
    const fresh = await startApi({ rateLimit: { max: 2, windowMs: 60_000 }, trustProxy: true });
    try {
      const lodge = (ip: string) =>
        fresh.request('/api/fees/fee-broker-two-step/objections', {
          method: 'POST',
          json: OBJECTION,
          headers: { 'X-Forwarded-For': ip },
        });
      expect((await lodge('203.0.113.5')).status).toBe(201);
      const second = await lodge('203.0.113.5');
      expect(second.status).toBe(201);
      expect(second.headers.get('ratelimit-remaining')).toBe('0');
      const third = await lodge('203.0.113.5');
      await expectProblem(third, 429, 'rate_limited');
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      // Another client is not affected; reads are never limited.
      expect((await lodge('198.51.100.7')).status).toBe(201);
      expect((await fresh.request('/api/fees?status=publicised')).status).toBe(200);
      // Refused submissions created nothing.
      const all = await (await fresh.request('/api/objections', { token: await fresh.token('admin') })).json();
      expect(all.total).toBe(3);
    } finally {
      await fresh.close();
    }
  });
});
