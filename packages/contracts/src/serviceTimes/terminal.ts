import { z } from 'zod';
import { localizedTextSchema } from '../locale.ts';
import { portIdSchema } from '../ports.ts';

/** A container terminal in Shenzhen and how to reach its customer service. */
export const terminalSchema = z
  .object({
    /** Short stable id, e.g. `yict`. */
    id: z.string().min(1),
    /** The usual abbreviation (YICT, SCT...). */
    shortName: z.string().min(1),
    name: localizedTextSchema,
    /** The operating company, an organisation of the portal (operators act for it). */
    organisationId: z.string().min(1),
    operator: localizedTextSchema,
    port: portIdSchema,
    address: localizedTextSchema,
    contacts: z.object({
      /** Customer-service telephone. */
      phone: z.string().min(1),
      email: z.email().optional(),
      website: z.url().optional(),
      /** When the service desk answers. */
      hours: localizedTextSchema,
    }),
    /** Contact details and figures are illustrative unless a `source` is given. */
    demo: z.boolean(),
    source: z.string().optional(),
  })
  .meta({ id: 'Terminal' });
export type Terminal = z.infer<typeof terminalSchema>;

export const terminalListResponseSchema = z
  .object({ items: z.array(terminalSchema), total: z.number().int().nonnegative() })
  .meta({ id: 'TerminalList' });
export type TerminalListResponse = z.infer<typeof terminalListResponseSchema>;
