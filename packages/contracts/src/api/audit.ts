import { z } from 'zod';
import { roleSchema } from './auth.ts';

export const AUDIT_ACTIONS = ['create', 'update'] as const;
export const AUDIT_RESOURCES = [
  'fee',
  'objection',
  'usage-import',
  'service-standard',
  'service-actuals',
  'clearance-draft',
  'clearance-procedure',
  'complaint',
  'release-channel',
] as const;

/** One write: who, when, what, and the record before and after. */
export const auditEntrySchema = z
  .object({
    id: z.number().int().positive(),
    at: z.iso.datetime({ offset: true }),
    actor: z.object({ id: z.string(), role: roleSchema, organisationId: z.string().optional() }),
    action: z.enum(AUDIT_ACTIONS),
    resource: z.enum(AUDIT_RESOURCES),
    resourceId: z.string(),
    /** The record before the write (null when created). */
    before: z.unknown().nullable(),
    /** The record after the write. */
    after: z.unknown().nullable(),
    requestId: z.string().optional(),
    idempotencyKey: z.string().optional(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** `GET /api/audit` filters: newest first, `before` pages back by id. */
export const auditQuerySchema = z.object({
  resource: z.enum(AUDIT_RESOURCES).optional(),
  resourceId: z.string().min(1).optional(),
  actor: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().positive().optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditListResponseSchema = z
  .object({
    items: z.array(auditEntrySchema),
    /** Pass as `before` for the next (older) page; absent on the last page. */
    nextBefore: z.number().int().positive().optional(),
  })
  .meta({ id: 'AuditList' });
export type AuditListResponse = z.infer<typeof auditListResponseSchema>;
