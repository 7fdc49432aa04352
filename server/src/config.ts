import type { PortalApiOptions } from './index.ts';
import type { Mode } from './context.ts';

export interface StandaloneConfig {
  port: number;
  hostname: string;
  api: PortalApiOptions;
}

function integer(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`${name} must be a non-negative integer, not "${value}"`);
  return parsed;
}

/** The standalone server's settings from the environment (see server/README.md). */
export function configFromEnv(env: NodeJS.ProcessEnv, argv: readonly string[] = []): StandaloneConfig {
  const explicit = argv.includes('--dev') ? 'development' : env.SW_API_MODE;
  if (explicit !== undefined && explicit !== 'development' && explicit !== 'production') {
    throw new Error(`SW_API_MODE must be development or production, not "${explicit}"`);
  }
  const mode: Mode = (explicit as Mode | undefined) ?? (env.NODE_ENV === 'development' ? 'development' : 'production');
  const rateLimitMax = integer(env, 'RATE_LIMIT_MAX');
  const rateLimitWindow = integer(env, 'RATE_LIMIT_WINDOW_MS');
  const maxBodyBytes = integer(env, 'MAX_BODY_BYTES');
  const cacheEntries = integer(env, 'SEARCH_CACHE_ENTRIES');
  const search = env.SEARCH_MODE;
  if (search !== undefined && search !== 'indexed' && search !== 'simple') {
    throw new Error(`SEARCH_MODE must be indexed or simple, not "${search}"`);
  }
  const claims = {
    ...(env.AUTH_ROLE_CLAIM ? { role: env.AUTH_ROLE_CLAIM } : {}),
    ...(env.AUTH_ORG_CLAIM ? { organisation: env.AUTH_ORG_CLAIM } : {}),
    ...(env.AUTH_NAME_CLAIM ? { name: env.AUTH_NAME_CLAIM } : {}),
  };
  return {
    port: integer(env, 'PORT_API') ?? 4099,
    hostname: env.HOST_API || '127.0.0.1',
    api: {
      mode,
      ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
      auth: {
        ...(env.AUTH_JWT_SECRET ? { secret: env.AUTH_JWT_SECRET } : {}),
        ...(env.AUTH_JWKS_URL ? { jwksUrl: env.AUTH_JWKS_URL } : {}),
        ...(env.AUTH_ISSUER ? { issuer: env.AUTH_ISSUER } : {}),
        ...(env.AUTH_AUDIENCE ? { audience: env.AUTH_AUDIENCE } : {}),
        ...(Object.keys(claims).length ? { claims } : {}),
      },
      ...(maxBodyBytes !== undefined ? { maxBodyBytes } : {}),
      ...(rateLimitMax !== undefined
        ? { rateLimit: rateLimitMax === 0 ? false : { max: rateLimitMax, windowMs: rateLimitWindow ?? 60_000 } }
        : {}),
      trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
      search: {
        ...(search ? { search } : {}),
        ...(cacheEntries !== undefined ? { cacheEntries } : {}),
      },
      ...(env.SEED === '0' || env.SEED === 'false' ? { seed: false as const } : {}),
    },
  };
}
