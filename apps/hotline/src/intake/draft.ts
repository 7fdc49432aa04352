import { z } from 'zod';
import {
  COMPLAINT_ATTACHMENT_TYPES,
  CONTACT_PHONE_REGIONS,
  complaintCategorySchema,
  complaintRelatedItemSchema,
  complaintTypeSchema,
  localeSchema,
  type ComplaintPrefill,
  type Locale,
} from '@sw/contracts';

/** A file in the form: checked in the browser, then uploaded under its own id (the server's id too). */
export const draftAttachmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  size: z.number(),
  type: z.enum(COMPLAINT_ATTACHMENT_TYPES).optional(),
  /** pending: waiting to upload (kept in this browser); uploaded: on the server; refused: shown with why. */
  state: z.enum(['pending', 'uploaded', 'refused']),
  /** Problem code of a refusal (`attachment.type_mismatch`…). */
  refusal: z.string().optional(),
});
export type DraftAttachment = z.infer<typeof draftAttachmentSchema>;

/** Everything typed into the complaint form, as kept in this browser until it is sent. */
export const complaintDraftSchema = z.object({
  type: complaintTypeSchema,
  category: complaintCategorySchema.optional(),
  relatedItem: complaintRelatedItemSchema.optional(),
  description: z.string(),
  name: z.string(),
  phoneRegion: z.enum(CONTACT_PHONE_REGIONS),
  phone: z.string(),
  email: z.string(),
  preferredLocale: localeSchema,
  consent: z.boolean(),
  attachments: z.array(draftAttachmentSchema),
  /** One key per submission: every retry of it sends the same key, so it is filed once. */
  idempotencyKey: z.string(),
  savedAt: z.string().optional(),
});
export type ComplaintDraft = z.infer<typeof complaintDraftSchema>;

export function emptyDraft(locale: Locale): ComplaintDraft {
  return {
    type: 'complaint',
    description: '',
    name: '',
    phoneRegion: locale === 'zh-HK' ? 'HK' : 'CN',
    phone: '',
    email: '',
    preferredLocale: locale,
    consent: false,
    attachments: [],
    idempotencyKey: crypto.randomUUID(),
  };
}

/** Has the person typed anything worth keeping? */
export function draftHasContent(draft: ComplaintDraft): boolean {
  return Boolean(
    draft.category ||
    draft.relatedItem ||
    draft.description.trim() ||
    draft.name.trim() ||
    draft.phone.trim() ||
    draft.email.trim() ||
    draft.attachments.length,
  );
}

/** Another module's pre-fill applied to a draft (the category and item it is about, its words if any). */
export function applyPrefill(draft: ComplaintDraft, prefill: ComplaintPrefill): ComplaintDraft {
  const related = prefill.relatedItem ? complaintRelatedItemSchema.safeParse(prefill.relatedItem) : undefined;
  return {
    ...draft,
    category: prefill.category,
    ...(prefill.type ? { type: prefill.type } : {}),
    relatedItem: related?.success ? related.data : undefined,
    description: prefill.description && !draft.description.trim() ? prefill.description : draft.description,
  };
}

export const DRAFT_STORAGE_KEY = 'sw.hotline.draft.v1';

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * The draft in localStorage: written as the person types, read back after a reload or a crash.
 * Unreadable or blocked storage never breaks the form; it only means the draft is not kept.
 */
export function createDraftStore(storage: KeyValueStorage | undefined = globalThis.localStorage) {
  return {
    load(): ComplaintDraft | undefined {
      try {
        const parsed = complaintDraftSchema.safeParse(JSON.parse(storage?.getItem(DRAFT_STORAGE_KEY) ?? 'null'));
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    },
    save(draft: ComplaintDraft): boolean {
      try {
        storage?.setItem(DRAFT_STORAGE_KEY, JSON.stringify({ ...draft, savedAt: new Date().toISOString() }));
        return true;
      } catch {
        return false; // full or blocked storage: the form keeps working, the draft just is not kept
      }
    },
    clear() {
      try {
        storage?.removeItem(DRAFT_STORAGE_KEY);
      } catch {
        // nothing to clear
      }
    },
  };
}
export type DraftStore = ReturnType<typeof createDraftStore>;
