import { http, HttpResponse, type HttpHandler } from 'msw';
import { ANONYMOUS, devLoginRequestSchema, principalSchema, type Principal, type TokenResponse } from '@sw/contracts';
import { DEMO_USERS } from '../data/users.ts';
import { problemResponse } from './problem.ts';

const TOKEN_LIFETIME_MS = 8 * 3600_000;

const base64url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

const fromBase64url = (text: string) =>
  new TextDecoder().decode(Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)));

/**
 * The mocks' stand-in for the server's dev login: a JWT-shaped token with the user in its payload and
 * no signature (the mocks trust it; only the real server verifies tokens).
 */
export function mockToken(user: Principal, expiresAt: Date): string {
  const payload = {
    sub: user.id,
    role: user.role,
    name: user.name,
    org: user.organisationId,
    exp: expiresAt.getTime() / 1000,
  };
  return `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url(JSON.stringify(payload))}.`;
}

/** Who sent a request to the mocks: the user of its mock token, or the anonymous public. */
export function principalOf(request: Request): Principal {
  const token = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
  if (!token) return ANONYMOUS;
  try {
    const claims = JSON.parse(fromBase64url(token.split('.')[1] ?? '')) as Record<string, unknown>;
    const principal = principalSchema.parse({
      id: claims.sub,
      role: claims.role,
      name: claims.name,
      ...(claims.org ? { organisationId: claims.org } : {}),
    });
    return typeof claims.exp === 'number' && claims.exp * 1000 < Date.now() ? ANONYMOUS : principal;
  } catch {
    return ANONYMOUS;
  }
}

export function createAuthHandlers(baseUrl = '*/api'): HttpHandler[] {
  return [
    http.get(`${baseUrl}/dev/users`, () => HttpResponse.json(DEMO_USERS)),
    http.post(`${baseUrl}/dev/login`, async ({ request }) => {
      const body = devLoginRequestSchema.safeParse(await request.json().catch(() => undefined));
      if (!body.success) {
        return problemResponse({ status: 400, code: 'validation.failed', detail: 'Send {"user": "<demo user id>"}.' });
      }
      const user = DEMO_USERS.find((u) => u.id === body.data.user);
      if (!user) {
        return problemResponse({ status: 404, code: 'user.not_found', detail: `No demo user "${body.data.user}".` });
      }
      const expiresAt = new Date(Date.now() + TOKEN_LIFETIME_MS);
      const response: TokenResponse = {
        token: mockToken(user, expiresAt),
        tokenType: 'Bearer',
        expiresAt: expiresAt.toISOString(),
        user,
      };
      return HttpResponse.json(response);
    }),
    http.get(`${baseUrl}/me`, ({ request }) => HttpResponse.json(principalOf(request))),
  ];
}
