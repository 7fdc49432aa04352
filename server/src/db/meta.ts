import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.ts';

export const META = {
  seededAt: 'seeded_at',
  /** `asOf` of the fee list: the seed's catalogue date, then the time of the latest fee write. */
  catalogueAsOf: 'catalogue_as_of',
  /** HS256 secret for development tokens, made on first start so tokens survive a restart. */
  devTokenSecret: 'dev_token_secret',
} as const;

type Db = Kysely<Database> | Transaction<Database>;

export async function readMeta(db: Db, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

export async function writeMeta(db: Db, key: string, value: string): Promise<void> {
  await db
    .insertInto('meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
