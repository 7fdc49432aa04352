import { hotlineSchema, type Hotline } from '@sw/contracts';
import type { ComplaintDb } from './tables.ts';

/** The hotline directory in display order, checked against the contract. */
export async function loadHotlines(db: ComplaintDb): Promise<Hotline[]> {
  const rows = await db.selectFrom('hotlines').select('body').orderBy('position').execute();
  return rows.map((row) => hotlineSchema.parse(JSON.parse(row.body)));
}
