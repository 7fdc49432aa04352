import { complaintUnitsHandledBy, type ComplaintStaffMember, type Principal } from '@sw/contracts';
import type { ComplaintDb } from './tables.ts';

const STAFF_ROLES = ['regulator', 'admin'] as const;

/**
 * Who can be assigned tickets: the staff in the `users` table (the demo users, and every member of
 * staff the portal has seen: tokens come from the host site, so a real officer appears here after
 * their first visit to the queue).
 */
export async function listComplaintStaff(db: ComplaintDb): Promise<ComplaintStaffMember[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name', 'role'])
    .where('role', 'in', [...STAFF_ROLES])
    .orderBy('role')
    .orderBy('id')
    .execute();
  return rows.map((row) => {
    const role = row.role as ComplaintStaffMember['role'];
    return { id: row.id, name: row.name, role, units: [...complaintUnitsHandledBy(role)] };
  });
}

/** Records a member of staff from their token (name and role updated when they changed); others are ignored. */
export async function noteComplaintStaff(db: ComplaintDb, principal: Principal, now: string): Promise<void> {
  if (principal.role !== 'regulator' && principal.role !== 'admin') return;
  const known = await db.selectFrom('users').select(['name', 'role']).where('id', '=', principal.id).executeTakeFirst();
  if (known?.name === principal.name && known.role === principal.role) return;
  await db
    .insertInto('users')
    .values({ id: principal.id, name: principal.name, role: principal.role, organisation_id: null, created_at: now })
    .onConflict((oc) => oc.column('id').doUpdateSet({ name: principal.name, role: principal.role }))
    .execute();
}
