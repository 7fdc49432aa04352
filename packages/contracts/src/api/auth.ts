import { z } from 'zod';

/**
 * public: no token (reads published content, lodges objections and complaints);
 * operator: bound to one organisation (terminal, port operator, forwarder, agency), edits its own records;
 * regulator: market regulation (handles objections and complaints); admin: the single-window team.
 */
export const ROLES = ['public', 'operator', 'regulator', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Who is calling: from the bearer token, or the anonymous public. */
export const principalSchema = z
  .object({
    id: z.string().min(1),
    role: roleSchema,
    name: z.string(),
    /** The organisation an operator acts for (operators only). */
    organisationId: z.string().min(1).optional(),
  })
  .meta({ id: 'Principal' });
export type Principal = z.infer<typeof principalSchema>;

export const ANONYMOUS: Principal = { id: 'anonymous', role: 'public', name: 'Public' };

/** A seeded demo user (development mode only signs tokens for them). */
export const demoUserSchema = z
  .object({
    id: z.string().min(1),
    role: z.enum(['operator', 'regulator', 'admin']),
    name: z.string().min(1),
    organisationId: z.string().min(1).optional(),
  })
  .meta({ id: 'DemoUser' });
export type DemoUser = z.infer<typeof demoUserSchema>;

export const devLoginRequestSchema = z
  .strictObject({ user: z.string().min(1).max(100) })
  .meta({ id: 'DevLoginRequest' });
export type DevLoginRequest = z.infer<typeof devLoginRequestSchema>;

export const tokenResponseSchema = z
  .object({
    token: z.string().min(1),
    tokenType: z.literal('Bearer'),
    expiresAt: z.iso.datetime({ offset: true }),
    user: principalSchema,
  })
  .meta({ id: 'TokenResponse' });
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

/** JWT claims the portal reads besides `sub`: the role, the organisation and a display name. */
export const TOKEN_CLAIMS = { role: 'role', organisation: 'org', name: 'name' } as const;
