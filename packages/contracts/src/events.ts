import { z } from 'zod';
import type { Locale } from './locale.ts';
import { complaintCategorySchema, complaintTypeSchema } from './complaints/taxonomy.ts';

/**
 * What one module may hand another when it opens it (e.g. "report this charge" opens the hotline
 * form pre-filled). Each target route declares its payload here so both sides are type-checked.
 */
export const complaintPrefillSchema = z.object({
  category: complaintCategorySchema,
  relatedItem: z.object({ kind: z.string(), id: z.string(), label: z.string() }).optional(),
  description: z.string().optional(),
  /** Added later (optional, so older senders stay valid): enquiry, complaint or suggestion; the form's default otherwise. */
  type: complaintTypeSchema.optional(),
});
export type ComplaintPrefill = z.infer<typeof complaintPrefillSchema>;

export interface NavigationPayloads {
  '/': undefined;
  '/fees': { feeId?: string } | undefined;
  '/clearance': undefined;
  '/service-times': undefined;
  '/hotline': { prefill?: ComplaintPrefill } | undefined;
  '/usage': undefined;
  '/releases': undefined;
}
export type SuiteRoute = keyof NavigationPayloads;

/** Events on the shell's bus: name → payload. */
export interface SuiteEvents {
  'locale:changed': { locale: Locale };
  'route:changed': { pathname: string };
  'module:error': {
    module: string;
    phase: 'load' | 'bootstrap' | 'mount' | 'unmount' | 'update' | 'runtime';
    message: string;
  };
}
export type SuiteEventName = keyof SuiteEvents;
