import type { Kysely } from 'kysely';
import type { Complaint, Hotline } from '@sw/contracts';
import { DEMO_COMPLAINT_FILES, HOTLINES, demoComplaints } from '@sw/mocks/data';
import { createHash } from 'node:crypto';
import { readMeta, writeMeta } from '../db/meta.ts';
import type { Database } from '../db/schema.ts';
import { insertComplaint } from './repository.ts';
import { complaintDb } from './tables.ts';

export interface ComplaintSeedData {
  hotlines: readonly Hotline[];
  /** Demo tickets relative to the day of seeding, so the queue shows fresh and overdue ones. */
  complaints: (now: Date) => Complaint[];
  files: Readonly<Record<string, { content: Uint8Array }>>;
}

/** Set once the hotline directory and demo tickets have been written, so they are never written again. */
export const COMPLAINTS_SEEDED_AT = 'complaints_seeded_at';
const SEED_ACTOR = 'system:seed';

export function demoComplaintSeed(): ComplaintSeedData {
  return { hotlines: HOTLINES, complaints: demoComplaints, files: DEMO_COMPLAINT_FILES };
}

/**
 * Seeds the hotline directory and the demo tickets the first time this domain's tables are empty
 * (also into a database made before the domain existed); never over data that is there.
 */
export async function seedComplaintsIfEmpty(
  base: Kysely<Database>,
  data: ComplaintSeedData,
  now: Date,
): Promise<'seeded' | 'skipped'> {
  if (await readMeta(base, COMPLAINTS_SEEDED_AT)) return 'skipped';
  const db = complaintDb(base);
  const [hotlines, complaints] = await Promise.all(
    (['hotlines', 'complaints'] as const).map((table) =>
      db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow(),
    ),
  );
  if (Number(hotlines?.n) > 0 || Number(complaints?.n) > 0) return 'skipped';
  const at = now.toISOString();
  try {
    await base.transaction().execute(async (trx) => {
      const tx = complaintDb(trx);
      if (data.hotlines.length) {
        await tx
          .insertInto('hotlines')
          .values(
            data.hotlines.map((hotline, position) => ({ id: hotline.id, position, body: JSON.stringify(hotline) })),
          )
          .execute();
      }
      for (const complaint of data.complaints(now)) {
        for (const attachment of complaint.attachments) {
          const file = data.files[attachment.id];
          if (!file) throw new Error(`demo ticket ${complaint.ticketNumber} names a file the seed does not have`);
          await tx
            .insertInto('complaint_attachments')
            .values({
              id: attachment.id,
              complaint_id: null,
              position: null,
              name: attachment.name,
              type: attachment.type,
              size: attachment.size,
              sha256: createHash('sha256').update(file.content).digest('hex'),
              content: Buffer.from(file.content),
              uploaded_by: SEED_ACTOR,
              uploaded_at: complaint.submittedAt,
            })
            .execute();
        }
        await insertComplaint(tx, complaint, { submittedBy: SEED_ACTOR, privacyNoticeVersion: 'demo' });
      }
      await writeMeta(trx, COMPLAINTS_SEEDED_AT, at);
    });
  } catch (error) {
    // Another process seeding the same new database at the same moment wins; anything else is an error.
    if (await readMeta(base, COMPLAINTS_SEEDED_AT)) return 'skipped';
    throw error;
  }
  return 'seeded';
}
