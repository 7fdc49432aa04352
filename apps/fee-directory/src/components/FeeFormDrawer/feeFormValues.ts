import {
  sameStandard,
  type FeeCondition,
  type FeeCreateRequestInput,
  type FeeItem,
  type FeeStandard,
  type FeeUpdateRequest,
  type LocalizedText,
  type PortId,
  type ShipmentDirection,
} from '@sw/contracts';

/** What the fee form holds; field names follow the API's paths so its errors land on the right field. */
export interface FeeFormValues {
  chargingBodyId?: string;
  code: string;
  name: LocalizedText;
  category: FeeItem['category'];
  service: LocalizedText;
  standardKind: 'fixed' | 'formula';
  amount?: number | null;
  formula?: LocalizedText;
  unit: FeeItem['unit'];
  pricingType: FeeItem['pricingType'];
  legalBasis: { title: LocalizedText; url?: string };
  payment: LocalizedText;
  ports: PortId[];
  effectiveFrom: string;
  directions?: ShipmentDirection[];
  condition?: FeeCondition;
  source?: string;
  demo: boolean;
  note?: string;
}

const trimText = (text: LocalizedText): LocalizedText => ({
  'zh-CN': text['zh-CN'].trim(),
  'zh-HK': text['zh-HK'].trim(),
  en: text.en.trim(),
});

export function valuesFromItem(item: FeeItem): FeeFormValues {
  return {
    code: item.code,
    name: item.name,
    category: item.category,
    service: item.service,
    standardKind: item.standard.kind,
    amount: item.standard.kind === 'fixed' ? item.standard.amount : (item.standard.indicativeAmount ?? null),
    ...(item.standard.kind === 'formula' ? { formula: item.standard.formula } : {}),
    unit: item.unit,
    pricingType: item.pricingType,
    legalBasis: { title: item.legalBasis.title, url: item.legalBasis.url ?? '' },
    payment: item.payment,
    ports: item.ports,
    effectiveFrom: item.effectiveFrom,
    directions: item.appliesTo?.directions ?? [],
    ...(item.appliesTo?.condition ? { condition: item.appliesTo.condition } : {}),
    source: item.source ?? '',
    demo: item.demo,
  };
}

function standardOf(values: FeeFormValues): FeeStandard {
  if (values.standardKind === 'fixed') return { kind: 'fixed', amount: values.amount ?? 0, currency: 'CNY' };
  return {
    kind: 'formula',
    formula: trimText(values.formula!),
    ...(values.amount === undefined || values.amount === null ? {} : { indicativeAmount: values.amount }),
    currency: 'CNY',
  };
}

/** The published fields as the API takes them. */
function published(values: FeeFormValues) {
  const url = values.legalBasis.url?.trim();
  const appliesTo = {
    ...(values.directions?.length ? { directions: values.directions } : {}),
    ...(values.condition ? { condition: values.condition } : {}),
  };
  return {
    code: values.code.trim(),
    name: trimText(values.name),
    category: values.category,
    service: trimText(values.service),
    standard: standardOf(values),
    unit: values.unit,
    pricingType: values.pricingType,
    legalBasis: { title: trimText(values.legalBasis.title), ...(url ? { url } : {}) },
    payment: trimText(values.payment),
    ports: values.ports,
    effectiveFrom: values.effectiveFrom,
    ...(values.source?.trim() ? { source: values.source.trim() } : {}),
    demo: values.demo,
    ...(Object.keys(appliesTo).length ? { appliesTo } : {}),
  };
}

export function createRequest(values: FeeFormValues): FeeCreateRequestInput {
  return { ...published(values), ...(values.chargingBodyId ? { chargingBodyId: values.chargingBodyId } : {}) };
}

/** Only what changed, so the history says exactly that; undefined when nothing did. */
export function updateRequest(item: FeeItem, values: FeeFormValues): FeeUpdateRequest | undefined {
  const next = published(values);
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    const current = item[key as keyof FeeItem];
    const same =
      key === 'standard'
        ? sameStandard(item.standard, value as FeeStandard)
        : JSON.stringify(current) === JSON.stringify(value);
    if (!same) body[key] = value;
  }
  if (!Object.keys(body).length) return undefined;
  // A new standard's date is part of the change even when the date field itself was not touched.
  if (body.standard && !body.effectiveFrom && values.effectiveFrom !== item.effectiveFrom)
    body.effectiveFrom = values.effectiveFrom;
  return { ...body, ...(values.note?.trim() ? { note: values.note.trim() } : {}) } as FeeUpdateRequest;
}

/** Maps an API error path to the form's field name. */
export function fieldNameOf(path: string): Array<string | number> {
  const parts = path.split('.');
  if (parts[0] === 'standard') return parts[1] === 'formula' ? ['formula', parts[2]!] : ['amount'];
  if (parts[0] === 'appliesTo') return [parts[1] === 'condition' ? 'condition' : 'directions'];
  if (parts[0] === 'ports') return ['ports'];
  return parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
