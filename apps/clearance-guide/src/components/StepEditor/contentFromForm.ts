import type { LocalizedText, StepContent } from '@sw/contracts';

/** What the form holds: the step's content with empty inputs as empty strings, nulls or empty lists. */
export type StepFormValues = {
  content: Omit<StepContent, 'condition' | 'cargo'> & {
    condition?: Partial<LocalizedText> | undefined;
    cargo?: StepContent['cargo'] | [];
  };
  note: string;
};

const blank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
const optional = <T>(value: T | null | undefined | '') => (blank(value) ? undefined : (value as T));

/** A localized text the author left wholly empty is absent; a partly filled one is kept (and refused). */
function optionalText(value: Partial<LocalizedText> | undefined): LocalizedText | undefined {
  if (!value || (blank(value['zh-CN']) && blank(value['zh-HK']) && blank(value.en))) return undefined;
  return value as LocalizedText;
}

/** Turns the form's values into the API's step content: empty optional fields left out, texts trimmed. */
export function contentFromForm(values: StepFormValues['content']): StepContent {
  const trimTexts = <T>(value: T): T => {
    if (typeof value === 'string') return value.trim() as T;
    if (Array.isArray(value)) return value.map(trimTexts) as T;
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trimTexts(v)])) as T;
    }
    return value;
  };
  const v = trimTexts(values);
  const cost = v.cost;
  return {
    title: v.title,
    description: v.description,
    contact: {
      unit: v.contact.unit,
      phone: v.contact.phone,
      address: v.contact.address,
      openingHours: v.contact.openingHours,
      ...(optional(v.contact.email) ? { email: v.contact.email } : {}),
      ...(optional(v.contact.website) ? { website: v.contact.website } : {}),
    },
    documents: (v.documents ?? []).map((d) => ({
      id: d.id,
      name: d.name,
      originals: d.originals,
      copies: d.copies,
      electronic: Boolean(d.electronic),
      ...(optional(d.formUrl) ? { formUrl: d.formUrl } : {}),
      ...(optionalText(d.note) ? { note: d.note } : {}),
    })),
    outputs: v.outputs ?? [],
    timing: {
      counterMinutes: v.timing.counterMinutes,
      waitingMinutes: v.timing.waitingMinutes,
      untilNextMinutes: v.timing.untilNextMinutes,
      ...(optional(v.timing.limitMinutes) !== undefined ? { limitMinutes: v.timing.limitMinutes } : {}),
    },
    cost:
      cost.kind === 'free'
        ? { kind: 'free' }
        : cost.kind === 'fixed'
          ? { kind: 'fixed', amount: cost.amount, currency: 'CNY', per: cost.per, feeIds: cost.feeIds ?? [] }
          : {
              kind: 'formula',
              formula: cost.formula,
              currency: 'CNY',
              per: cost.per,
              feeIds: cost.feeIds ?? [],
              ...(optional(cost.indicativeAmount) !== undefined ? { indicativeAmount: cost.indicativeAmount } : {}),
            },
    legalBasis: (v.legalBasis ?? []).map((basis) => ({
      title: basis.title,
      ...(optional(basis.url) ? { url: basis.url } : {}),
    })),
    ...(optional(v.onlineServiceUrl) ? { onlineServiceUrl: v.onlineServiceUrl } : {}),
    optional: Boolean(v.optional),
    parallel: Boolean(v.parallel),
    ...(v.cargo?.length ? { cargo: v.cargo } : {}),
    ...(optionalText(v.condition) ? { condition: v.condition as LocalizedText } : {}),
  } as StepContent;
}
