import {
  COMPLAINT_PRIVACY_NOTICE_VERSION,
  complaintCreateRequestSchema,
  type ComplaintCreateRequest,
} from '@sw/contracts';
import { checkPhone } from '../phone/phone.ts';
import type { ComplaintDraft } from './draft.ts';

/** The form's fields, as errors are keyed (the contract's paths where they match). */
export type FormField =
  'type' | 'category' | 'relatedItem' | 'description' | 'name' | 'phone' | 'email' | 'consent' | 'attachments';

/** An error as a text key of this module and its values, so it shows in the current language. */
export interface FieldProblem {
  key: string;
  values?: Record<string, string | number>;
}

export type FormErrors = Partial<Record<FormField, FieldProblem>>;

const FIELD_OF_PATH: Record<string, FormField> = {
  type: 'type',
  category: 'category',
  relatedItem: 'relatedItem',
  description: 'description',
  'contact.name': 'name',
  'contact.phone': 'phone',
  'contact.email': 'email',
  consent: 'consent',
  attachments: 'attachments',
};

/** The form field an API or schema path belongs to (`relatedItem.label` → relatedItem, `attachments.2` → attachments). */
export function fieldOfPath(path: string): FormField | undefined {
  return FIELD_OF_PATH[path] ?? FIELD_OF_PATH[path.split('.')[0]!];
}

interface Issue {
  path: PropertyKey[];
  code: string;
  minimum?: unknown;
  maximum?: unknown;
  format?: string;
}

/** One schema issue in the person's terms. */
function problemOf(field: FormField, issue: Issue): FieldProblem {
  const min = Number(issue.minimum);
  const max = Number(issue.maximum);
  switch (field) {
    case 'description':
      if (issue.code === 'too_small') return { key: 'form.errors.descriptionShort', values: { min } };
      if (issue.code === 'too_big') return { key: 'form.errors.descriptionLong', values: { max } };
      return { key: 'form.errors.controlCharacters' };
    case 'name':
      if (issue.code === 'too_small') return { key: 'form.errors.nameRequired' };
      if (issue.code === 'too_big') return { key: 'form.errors.nameLong', values: { max } };
      return { key: 'form.errors.controlCharacters' };
    case 'email':
      return { key: 'form.errors.emailInvalid' };
    case 'phone':
      return { key: 'form.errors.contactRequired' };
    case 'consent':
      return { key: 'form.errors.consentRequired' };
    case 'category':
      return { key: 'form.errors.categoryRequired' };
    case 'type':
      return { key: 'form.errors.typeRequired' };
    case 'relatedItem':
      return { key: 'form.errors.relatedInvalid' };
    case 'attachments':
      return { key: 'form.errors.attachmentsInvalid' };
  }
}

/**
 * Checks the draft with the same schema the server uses (plus the phone number read by
 * libphonenumber) and builds the request; every problem is keyed by field for the form to show.
 */
export function validateDraft(draft: ComplaintDraft): { request?: ComplaintCreateRequest; errors: FormErrors } {
  const errors: FormErrors = {};
  let phone: string | undefined;
  if (draft.phone.trim()) {
    const checked = checkPhone(draft.phone, draft.phoneRegion);
    if (checked.ok) phone = checked.e164;
    else errors.phone = { key: `form.errors.phoneInvalid.${checked.region}` };
  }
  const email = draft.email.trim();
  const candidate = {
    type: draft.type,
    category: draft.category,
    ...(draft.relatedItem ? { relatedItem: draft.relatedItem } : {}),
    description: draft.description,
    contact: {
      name: draft.name,
      ...(phone ? { phone } : {}),
      ...(email ? { email } : {}),
    },
    preferredLocale: draft.preferredLocale,
    attachments: draft.attachments.filter((file) => file.state !== 'refused').map((file) => file.id),
    consent: draft.consent,
    privacyNoticeVersion: COMPLAINT_PRIVACY_NOTICE_VERSION,
  };
  const parsed = complaintCreateRequestSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues as unknown as Issue[]) {
      const field = fieldOfPath(issue.path.map(String).join('.'));
      // A phone number typed but not readable already has its own message.
      if (field && !errors[field] && !(field === 'phone' && draft.phone.trim()))
        errors[field] = problemOf(field, issue);
    }
  }
  if (draft.attachments.some((file) => file.state === 'refused'))
    errors.attachments = { key: 'form.errors.removeRefused' };
  return Object.keys(errors).length || !parsed.success ? { errors } : { request: parsed.data, errors };
}
