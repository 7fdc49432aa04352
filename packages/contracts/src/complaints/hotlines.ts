import { z } from 'zod';
import { localizedTextSchema } from '../locale.ts';
import { complaintCategorySchema } from './taxonomy.ts';

/** Where the caller is; some numbers are dialled differently from outside their district. */
export const HOTLINE_CALLER_LOCATIONS = [
  'shenzhen-customs-district',
  'mainland-elsewhere',
  'outside-mainland',
] as const;
export const hotlineCallerLocationSchema = z.enum(HOTLINE_CALLER_LOCATIONS);
export type HotlineCallerLocation = z.infer<typeof hotlineCallerLocationSchema>;

/** Spoken languages a line answers in. */
export const HOTLINE_LANGUAGES = ['putonghua', 'cantonese', 'english'] as const;
export const hotlineLanguageSchema = z.enum(HOTLINE_LANGUAGES);
export type HotlineLanguage = z.infer<typeof hotlineLanguageSchema>;

/** One way to dial a line: the number as printed, the `tel:` target, and from where it works. */
export const hotlineDialSchema = z.object({
  /** Absent: the same number from anywhere it can be dialled. */
  from: z.array(hotlineCallerLocationSchema).min(1).optional(),
  display: z.string().min(1),
  /** A `tel:` URI (RFC 3966). */
  tel: z.string().regex(/^tel:\+?[0-9-]+$/),
});
export type HotlineDial = z.infer<typeof hotlineDialSchema>;

export const hotlineSchema = z
  .object({
    id: z.string().min(1),
    /** The number people know the line by, e.g. `12360`. */
    number: z.string().min(1),
    name: localizedTextSchema,
    agency: localizedTextSchema,
    scope: localizedTextSchema,
    hours: localizedTextSchema,
    languages: z.array(hotlineLanguageSchema).min(1),
    dial: z.array(hotlineDialSchema).min(1),
    /** What the line is the right one for (the guided chooser recommends by these). */
    topics: z.array(complaintCategorySchema),
    /** Where a sourced fact comes from; absent values are labelled as demo values. */
    source: z.string().optional(),
    demo: z.boolean(),
  })
  .meta({ id: 'Hotline' });
export type Hotline = z.infer<typeof hotlineSchema>;

/** `GET /api/hotlines`: the directory, in display order. */
export const hotlineListResponseSchema = z.object({ items: z.array(hotlineSchema) }).meta({ id: 'HotlineList' });
export type HotlineListResponse = z.infer<typeof hotlineListResponseSchema>;

/** The ways to dial a line from where the caller is (the general number when none is specific). */
export function hotlineDialsFrom(hotline: Hotline, location: HotlineCallerLocation | undefined): HotlineDial[] {
  if (!location) return hotline.dial;
  return hotline.dial.filter((dial) => !dial.from || dial.from.includes(location));
}

/**
 * The guided chooser: the lines for a topic that can be dialled from where the caller is, the most
 * specialised first (a line for few topics knows them best; the general lines come after).
 */
export function recommendHotlines(
  hotlines: readonly Hotline[],
  topic: z.infer<typeof complaintCategorySchema>,
  location: HotlineCallerLocation | undefined,
): Hotline[] {
  return hotlines
    .filter((hotline) => hotline.topics.includes(topic) && hotlineDialsFrom(hotline, location).length > 0)
    .sort((a, b) => a.topics.length - b.topics.length); // stable: ties keep directory order
}
