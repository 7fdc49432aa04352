import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Kysely } from 'kysely';
import { ANONYMOUS, type Principal } from '@sw/contracts';
import { InvalidTokenError, type TokenService } from './auth/tokens.ts';
import type { DialectName } from './db/migrations.ts';
import type { Database } from './db/schema.ts';
import type { FeeCatalogue } from './fees/catalogue.ts';
import type { Idempotency } from './http/idempotency.ts';
import { ProblemError } from './http/problem.ts';
import type { FixedWindowRateLimiter } from './http/rate-limit.ts';

export type Mode = 'development' | 'production';

/** Everything the routes use, made once the database is migrated and seeded. */
export interface Services {
  mode: Mode;
  db: Kysely<Database>;
  dialect: DialectName;
  migrations: string[];
  catalogue: FeeCatalogue;
  tokens: TokenService;
  devLogin: boolean;
  idempotency: Idempotency;
  /** Limits public writes (objections, later complaints); absent when turned off. */
  publicWriteLimiter: FixedWindowRateLimiter | undefined;
  trustProxy: boolean;
  now(): Date;
}

export type AppEnv = {
  Variables: {
    requestId: string;
    principal: Principal;
  };
};

/** Holds the services once they are ready; routes are registered before that. */
export class ServiceHolder {
  private value: Services | undefined;
  set(services: Services) {
    this.value = services;
  }
  get(): Services {
    if (!this.value) throw new ProblemError('service.unavailable', 'the API is starting');
    return this.value;
  }
  get ready(): boolean {
    return this.value !== undefined;
  }
}

/**
 * The caller: anonymous without an Authorization header; a verified bearer token's principal;
 * `401 auth.invalid_token` for any other Authorization header. Read lazily and once per request,
 * so public reads never pay for token verification.
 */
export async function principalOf(c: Context<AppEnv>, services: Services): Promise<Principal> {
  const known = c.get('principal');
  if (known) return known;
  const header = c.req.header('authorization');
  let principal = ANONYMOUS;
  if (header !== undefined) {
    const match = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)\s*$/i.exec(header);
    if (!match) throw invalidToken('the Authorization header must be "Bearer <token>"');
    try {
      principal = await services.tokens.verify(match[1]!);
    } catch (error) {
      if (error instanceof InvalidTokenError) throw invalidToken(error.message);
      throw error;
    }
  }
  c.set('principal', principal);
  return principal;
}

function invalidToken(detail: string): ProblemError {
  return new ProblemError('auth.invalid_token', detail, {
    headers: { 'WWW-Authenticate': `Bearer realm="portal", error="invalid_token"` },
  });
}

/** The client's address: the first X-Forwarded-For hop behind a trusted proxy, else the socket's. */
export function clientAddress(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Called in-process through fetch(): no socket.
    return 'unknown';
  }
}

export function requestIdOf(c: Context<AppEnv>): string | undefined {
  return c.get('requestId');
}
