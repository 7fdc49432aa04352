import { randomBytes } from 'node:crypto';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { demoClearanceSeed, seedClearanceIfEmpty } from './clearance/seed.ts';
import { createApp } from './app.ts';
import { MIN_SECRET_LENGTH, createTokenService, type AuthOptions } from './auth/tokens.ts';
import { ServiceHolder, type AppEnv, type Mode, type Services } from './context.ts';
import {
  DEFAULT_DATABASE_PATH,
  migrateToLatest,
  openDatabase,
  resolveDatabaseTarget,
  type DatabaseHandle,
} from './db/database.ts';
import { META, readMeta, writeMeta } from './db/meta.ts';
import { demoSeedData, seedIfEmpty, type SeedData } from './db/seed.ts';
import { FeeCatalogue, type CatalogueOptions } from './fees/catalogue.ts';
import { loadFees } from './fees/repository.ts';
import { seedFeeHistoryIfNew } from './fees/seed.ts';
import { Idempotency } from './http/idempotency.ts';
import { seedUsageIfEmpty } from './usage/seed.ts';
import { seedServiceTimesIfNew } from './serviceTimes/seed.ts';
import { demoComplaintSeed, seedComplaintsIfEmpty } from './complaints/seed.ts';
import { FixedWindowRateLimiter, type RateLimitOptions } from './http/rate-limit.ts';
import type { ReleaseService } from '@sw/release/node';

export interface PortalApiOptions {
  /**
   * Where the data lives: `postgres://…` for PostgreSQL; `file:…`, `sqlite:…` or a path for a SQLite
   * file; `:memory:` for a throw-away database. Default: `data/portal.db` at the repository root
   * (found from this file, not from the current directory).
   */
  databaseUrl?: string;
  /** A SQLite file path (alternative to `databaseUrl`); relative paths resolve against `baseDir`. */
  databasePath?: string;
  /** Base for relative database paths (default: the current directory). */
  baseDir?: string;
  /** `development` turns the dev login on; default `production`. */
  mode?: Mode;
  auth?: AuthOptions;
  /**
   * Data for a database that has never been seeded and is empty: the demo data of `@sw/mocks` by
   * default, `false` for none. Never written over existing data.
   */
  seed?: SeedData | false;
  /** Largest accepted request body (default 64 KiB). */
  maxBodyBytes?: number;
  /** Public writes (objections) per client and window; `false` turns the limit off. Default 20 per minute. */
  rateLimit?: RateLimitOptions | false;
  /** Read the client address from X-Forwarded-For (set when a proxy you trust, like the host, is in front). */
  trustProxy?: boolean;
  /** Fee search strategy and response cache (see `CatalogueOptions`). */
  search?: CatalogueOptions;
  /** Where start-up lines and errors go (default: console.error). */
  log?: (message: string) => void;
  /** The clock (tests). */
  now?: () => Date;
  /** The release store for the release console's routes (`@sw/release`); the host passes its own. */
  releases?: ReleaseService;
}

export interface PortalApi {
  /** The Hono app; mount it (its routes are under /api) or call `app.fetch`. */
  app: OpenAPIHono<AppEnv>;
  /** Answers a request once the database is ready. */
  fetch: (request: Request) => Promise<Response>;
  /** Resolves once migrated, seeded and loaded; rejects if that failed. */
  ready: Promise<void>;
  /** Where the data is, for logs. */
  readonly database: { dialect: 'sqlite' | 'postgres'; description: string };
  close(): Promise<void>;
}

/**
 * The reference portal API. Returns at once; the database is opened, migrated (Kysely's Migrator),
 * seeded on first start and the catalogue loaded in the background — requests wait for it.
 */
export function createPortalApi(options: PortalApiOptions = {}): PortalApi {
  const mode: Mode = options.mode ?? 'production';
  const auth = options.auth ?? {};
  if (mode === 'production' && auth.devLogin) throw new Error('the dev login cannot be enabled in production mode');
  if (auth.secret !== undefined && auth.secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`auth.secret must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  const devLogin = mode === 'development' && auth.devLogin !== false;
  const log = options.log ?? ((message: string) => console.error(message));
  if (mode === 'production' && !auth.secret && !auth.jwksUrl) {
    log('portal API: no auth.jwksUrl or auth.secret: every bearer token is refused (public reads and objections only)');
  }
  const now = options.now ?? (() => new Date());
  const location = options.databaseUrl ?? options.databasePath ?? DEFAULT_DATABASE_PATH;
  const target = resolveDatabaseTarget(location, options.baseDir ?? process.cwd());
  const handle: DatabaseHandle = openDatabase(target);
  const holder = new ServiceHolder();
  const timers: NodeJS.Timeout[] = [];

  const ready = (async () => {
    const migrations = await migrateToLatest(handle);
    const seed = options.seed === undefined ? demoSeedData() : options.seed;
    if (seed) {
      const result = await seedIfEmpty(handle, seed, now().toISOString());
      if (result === 'seeded') log(`portal API: seeded ${handle.description} with ${seed.fees.length} fee items`);
    }
    // Each domain seeds its own demo data the first time its tables are empty (also into an older database).
    if (seed && (await seedFeeHistoryIfNew(handle.db, { fees: seed.fees }, now().toISOString())) === 'seeded') {
      log(`portal API: seeded ${handle.description} with the fee items' history`);
    }
    if (seed && (await seedUsageIfEmpty(handle.db, now().toISOString())) === 'seeded') {
      log(`portal API: seeded ${handle.description} with the usage meter's demo figures`);
    }
    if (seed && (await seedClearanceIfEmpty(handle.db, demoClearanceSeed(), now().toISOString())) === 'seeded') {
      log(`portal API: seeded ${handle.description} with the clearance guide's demo procedures`);
    }
    if (seed) {
      const serviceTimes = await seedServiceTimesIfNew(handle.db, now().toISOString());
      if (serviceTimes === 'seeded') log(`portal API: seeded ${handle.description} with the terminals' service times`);
      if (serviceTimes === 'missing-organisations') {
        log("portal API: terminals' service times not seeded: their operators are not among the organisations");
      }
    }
    if (seed && (await seedComplaintsIfEmpty(handle.db, demoComplaintSeed(), now())) === 'seeded') {
      log(`portal API: seeded ${handle.description} with the hotline directory and demo complaints`);
    }
    let devSecret: string | undefined;
    if (devLogin) {
      devSecret = auth.secret ?? (await readMeta(handle.db, META.devTokenSecret));
      if (!devSecret) {
        devSecret = randomBytes(32).toString('base64url');
        await writeMeta(handle.db, META.devTokenSecret, devSecret);
      }
    }
    const [fees, asOf] = await Promise.all([loadFees(handle.db), readMeta(handle.db, META.catalogueAsOf)]);
    const idempotency = new Idempotency(handle.db, now);
    await idempotency.purgeExpired();
    const purge = setInterval(() => void idempotency.purgeExpired().catch(() => undefined), 3600_000);
    purge.unref();
    timers.push(purge);
    const rateLimit = options.rateLimit === undefined ? { max: 20, windowMs: 60_000 } : options.rateLimit;
    const services: Services = {
      mode,
      db: handle.db,
      dialect: handle.dialect,
      migrations,
      catalogue: new FeeCatalogue(fees, asOf ?? now().toISOString(), options.search),
      tokens: createTokenService({ auth, ...(devSecret ? { devSecret } : {}), now }),
      devLogin,
      idempotency,
      publicWriteLimiter: rateLimit ? new FixedWindowRateLimiter(rateLimit, () => now().getTime()) : undefined,
      trustProxy: options.trustProxy ?? false,
      now,
    };
    holder.set(services);
  })();
  ready.catch((error: unknown) =>
    log(`portal API failed to start: ${error instanceof Error ? error.message : String(error)}`),
  );

  const app = createApp({
    holder,
    ready,
    devLogin,
    maxBodyBytes: options.maxBodyBytes ?? 64 * 1024,
    log,
    releases: options.releases,
  });

  return {
    app,
    ready,
    database: { dialect: handle.dialect, description: handle.description },
    fetch: async (request) => app.fetch(request),
    async close() {
      for (const timer of timers) clearInterval(timer);
      await ready.catch(() => undefined);
      await handle.close();
    },
  };
}

export type { AuthOptions } from './auth/tokens.ts';
export type { Mode } from './context.ts';
export type { SeedData } from './db/seed.ts';
export type { RateLimitOptions } from './http/rate-limit.ts';
export type { CatalogueOptions } from './fees/catalogue.ts';
export { DEMO_USERS } from '@sw/mocks/data';
export { POLICY, authorize, decide } from './auth/policy.ts';
export { demoSeedData } from './db/seed.ts';
export { DEFAULT_DATABASE_PATH } from './db/database.ts';
