import type { FeeStandard, Locale } from '@sw/contracts';
import type { FeeFormat } from './useFeeFormat.ts';

/** A standard as one line of text (exports, charts' labels): the amount, or the rule and its indicative amount. */
export function standardText(standard: FeeStandard, locale: Locale, format: FeeFormat): string {
  if (standard.kind === 'fixed') return format.money(standard.amount);
  const rule = standard.formula[locale];
  return standard.indicativeAmount === undefined ? rule : `${rule} (≈ ${format.money(standard.indicativeAmount)})`;
}
