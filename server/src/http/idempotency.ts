import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { ProblemError } from './problem.ts';

/** What a creating handler produces inside its transaction. */
export interface Created {
  status: number;
  body: unknown;
  /** Runs once the transaction has committed (e.g. to update the in-memory catalogue). */
  afterCommit?: () => void;
}

export interface Outcome {
  status: number;
  /** JSON text of the body. */
  body: string;
  replayed: boolean;
}

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;
/** How long a key is remembered. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * `Idempotency-Key` for creating endpoints: the first request with a key runs and its response is
 * stored in the same transaction as the record it creates; the same key with the same body (same
 * caller, method and path) answers that stored response again and creates nothing; the same key
 * with another body is refused (`422 idempotency.key_reused`); a repeat while the first is still
 * running gets `409 idempotency.in_progress`.
 */
export class Idempotency {
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date,
  ) {}

  async run(options: {
    key: string | undefined;
    /** Caller, method and path: a key only ever matches requests of the same scope. */
    scope: string;
    payload: unknown;
    create: (trx: Transaction<Database>) => Promise<Created>;
  }): Promise<Outcome> {
    const { key, scope, payload, create } = options;
    if (key === undefined) {
      const created = await this.db.transaction().execute(create);
      created.afterCommit?.();
      return { status: created.status, body: JSON.stringify(created.body), replayed: false };
    }
    if (!KEY_PATTERN.test(key)) {
      throw new ProblemError('idempotency.invalid_key', 'Idempotency-Key must be 1 to 200 visible ASCII characters');
    }
    const hash = requestHash(payload);
    const stored = await this.lookup(scope, key, hash);
    if (stored) return stored;

    const flight = `${scope}\n${key}`;
    if (this.inFlight.has(flight)) {
      throw new ProblemError('idempotency.in_progress', 'a request with this Idempotency-Key is still being processed');
    }
    this.inFlight.add(flight);
    try {
      const created = await this.db.transaction().execute(async (trx) => {
        const result = await create(trx);
        const body = JSON.stringify(result.body);
        await trx.deleteFrom('idempotency').where('scope', '=', scope).where('key', '=', key).execute();
        await trx
          .insertInto('idempotency')
          .values({ scope, key, request_hash: hash, status: result.status, body, created_at: this.now().toISOString() })
          .execute();
        return { ...result, body };
      });
      created.afterCommit?.();
      return { status: created.status, body: created.body, replayed: false };
    } catch (error) {
      // Another process may have stored the same key in the meantime: answer as it did.
      const raced = await this.lookup(scope, key, hash).catch(() => undefined);
      if (raced) return raced;
      throw error;
    } finally {
      this.inFlight.delete(flight);
    }
  }

  private async lookup(scope: string, key: string, hash: string): Promise<Outcome | undefined> {
    const row = await this.db
      .selectFrom('idempotency')
      .selectAll()
      .where('scope', '=', scope)
      .where('key', '=', key)
      .where('created_at', '>', new Date(this.now().getTime() - IDEMPOTENCY_TTL_MS).toISOString())
      .executeTakeFirst();
    if (!row) return undefined;
    if (row.request_hash !== hash) {
      throw new ProblemError(
        'idempotency.key_reused',
        'this Idempotency-Key was already used with a different request body',
      );
    }
    return { status: Number(row.status), body: row.body, replayed: true };
  }

  /** Forgets keys older than the retention period. */
  async purgeExpired(): Promise<void> {
    const cutoff = new Date(this.now().getTime() - IDEMPOTENCY_TTL_MS).toISOString();
    await this.db.deleteFrom('idempotency').where('created_at', '<=', cutoff).execute();
  }
}

/** SHA-256 of the body as canonical JSON (object keys sorted), so key order and spacing do not matter. */
export function requestHash(payload: unknown): string {
  return createHash('sha256').update(canonicalJson(payload)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
