/** Production token verification (shared secret, JWKS URL) and the development-only login. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWTPayload } from 'jose';
import { createPortalApi } from '../src/index.ts';
import { expectProblem, newFee, startApi } from './helpers.ts';

const SECRET = 'a-shared-secret-of-the-host-site-0123456789';
const hs256 = (
  claims: JWTPayload,
  options: { secret?: string; exp?: string | number; iss?: string; aud?: string } = {},
) => {
  let jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime(options.exp ?? '10m');
  if (claims.sub === undefined) jwt = jwt.setSubject('u-1');
  if (options.iss) jwt = jwt.setIssuer(options.iss);
  if (options.aud) jwt = jwt.setAudience(options.aud);
  return jwt.sign(new TextEncoder().encode(options.secret ?? SECRET));
};

describe('production mode with a shared secret', () => {
  it('accepts the host site’s tokens and maps their claims to a principal', async () => {
    const t = await startApi({
      mode: 'production',
      auth: { secret: SECRET, issuer: 'https://sso.example', audience: 'portal' },
    });
    try {
      const token = await hs256(
        { sub: 'u-77', role: 'operator', org: 'yict', name: 'Tariff desk' },
        { iss: 'https://sso.example', aud: 'portal' },
      );
      expect(await (await t.request('/api/me', { token })).json()).toEqual({
        id: 'u-77',
        role: 'operator',
        name: 'Tariff desk',
        organisationId: 'yict',
      });
      expect((await t.request('/api/fees', { method: 'POST', token, json: newFee('PROD-1') })).status).toBe(201);

      const refused: [string, string][] = [
        [
          'wrong secret',
          await hs256(
            { role: 'admin' },
            { secret: 'another-secret-that-is-long-enough-123', iss: 'https://sso.example', aud: 'portal' },
          ),
        ],
        [
          'expired',
          await hs256(
            { role: 'admin' },
            { exp: Math.floor(Date.now() / 1000) - 3600, iss: 'https://sso.example', aud: 'portal' },
          ),
        ],
        ['wrong issuer', await hs256({ role: 'admin' }, { iss: 'https://evil.example', aud: 'portal' })],
        ['wrong audience', await hs256({ role: 'admin' }, { iss: 'https://sso.example', aud: 'other' })],
        [
          'operator without organisation',
          await hs256({ role: 'operator' }, { iss: 'https://sso.example', aud: 'portal' }),
        ],
        ['unknown role', await hs256({ role: 'root' }, { iss: 'https://sso.example', aud: 'portal' })],
      ];
      for (const [why, bad] of refused) {
        const problem = await expectProblem(await t.request('/api/me', { token: bad }), 401, 'auth.invalid_token');
        expect(problem.detail, why).toBeTruthy();
      }
      const expired = await expectProblem(
        await t.request('/api/me', { token: refused[1]![1] }),
        401,
        'auth.invalid_token',
      );
      expect(expired.detail).toContain('expired');
    } finally {
      await t.close();
    }
  });

  it('has no dev login: the route does not exist', async () => {
    const t = await startApi({ mode: 'production', auth: { secret: SECRET } });
    try {
      await expectProblem(
        await t.request('/api/dev/login', { method: 'POST', json: { user: 'admin' } }),
        404,
        'route.not_found',
      );
      await expectProblem(await t.request('/api/dev/users'), 404, 'route.not_found');
      const doc = await (await t.request('/api/openapi.json')).json();
      expect(Object.keys(doc.paths)).not.toContain('/api/dev/login');
    } finally {
      await t.close();
    }
  });

  it('refuses to turn the dev login on in production', () => {
    expect(() =>
      createPortalApi({ databaseUrl: ':memory:', mode: 'production', auth: { devLogin: true, secret: SECRET } }),
    ).toThrow(/production/);
    expect(() => createPortalApi({ databaseUrl: ':memory:', mode: 'production', auth: { secret: 'short' } })).toThrow(
      /32/,
    );
  });

  it('reads other claim names when told', async () => {
    const t = await startApi({
      mode: 'production',
      auth: { secret: SECRET, claims: { role: 'sw_role', organisation: 'sw_org', name: 'display_name' } },
    });
    try {
      const token = await hs256({ sw_role: 'operator', sw_org: 'sct', display_name: 'SCT' });
      expect(await (await t.request('/api/me', { token })).json()).toMatchObject({
        role: 'operator',
        organisationId: 'sct',
      });
    } finally {
      await t.close();
    }
  });

  it('without any verifier every token is refused, and public use still works', async () => {
    const t = await startApi({ mode: 'production' });
    try {
      await expectProblem(
        await t.request('/api/me', { token: await hs256({ role: 'admin' }) }),
        401,
        'auth.invalid_token',
      );
      expect((await t.request('/api/fees?status=publicised')).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe('production mode with a JWKS URL', () => {
  let server: Server;
  let jwksUrl: string;
  let privateKey: CryptoKey;
  let requests = 0;

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'host-1', alg: 'ES256', use: 'sig' };
    server = createServer((_req, res) => {
      requests++;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('verifies asymmetric tokens by the key set and refuses others', async () => {
    const t = await startApi({ mode: 'production', auth: { jwksUrl } });
    try {
      const sign = (key: CryptoKey, kid = 'host-1') =>
        new SignJWT({ role: 'regulator', name: 'SAMR Shenzhen' })
          .setProtectedHeader({ alg: 'ES256', kid })
          .setSubject('reg-9')
          .setExpirationTime('5m')
          .sign(key);
      const good = await sign(privateKey);
      expect(await (await t.request('/api/me', { token: good })).json()).toEqual({
        id: 'reg-9',
        role: 'regulator',
        name: 'SAMR Shenzhen',
      });
      expect((await t.request('/api/objections', { token: good })).status).toBe(200);
      expect(requests).toBeGreaterThan(0);

      const stranger = await generateKeyPair('ES256');
      await expectProblem(
        await t.request('/api/me', { token: await sign(stranger.privateKey) }),
        401,
        'auth.invalid_token',
      );
      // HS256 tokens are not accepted when only a key set is configured.
      await expectProblem(
        await t.request('/api/me', { token: await hs256({ role: 'admin' }) }),
        401,
        'auth.invalid_token',
      );
    } finally {
      await t.close();
    }
  });
});

describe('development tokens', () => {
  it('are signed with a secret of their own database', async () => {
    const one = await startApi();
    const two = await startApi();
    try {
      const token = await one.token('admin');
      expect((await one.request('/api/audit', { token })).status).toBe(200);
      await expectProblem(await two.request('/api/audit', { token }), 401, 'auth.invalid_token');
      expect((await (await one.request('/api/dev/users')).json()).map((u: { id: string }) => u.id)).toContain(
        'operator-yict',
      );
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });

  it('can be turned off in development mode', async () => {
    const t = await startApi({ auth: { devLogin: false } });
    try {
      await expectProblem(
        await t.request('/api/dev/login', { method: 'POST', json: { user: 'admin' } }),
        404,
        'route.not_found',
      );
    } finally {
      await t.close();
    }
  });
});
