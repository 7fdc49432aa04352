import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FEE_CATEGORIES,
  FEE_STATUSES,
  FEE_UNITS,
  PORT_IDS,
  PRICING_TYPES,
  type FeeQuery,
  type LocalizedText,
} from '@sw/contracts';
import { useLocale } from '@sw/module-kit';
import { FilterBar } from '@sw/ui';
import { hasFilters, withoutFilters } from '../../search/filters.ts';

export interface ChargingBodyOption {
  id: string;
  name: LocalizedText;
}

interface FeeFiltersProps {
  query: FeeQuery;
  onChange(next: FeeQuery): void;
  /** The charging bodies found in the catalogue. */
  chargingBodies: readonly ChargingBodyOption[];
}

type ListKey = 'port' | 'chargingBody' | 'category' | 'pricingType' | 'unit' | 'status';

/** Search box and filters of the fee list; every change goes straight to `onChange`. */
export function FeeFilters({ query, onChange, chargingBodies }: FeeFiltersProps) {
  const { t } = useTranslation();
  const locale = useLocale();

  const filters = useMemo(() => {
    const enumOptions = (values: readonly string[], prefix: string) =>
      values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
    const collator = new Intl.Collator(locale);
    const bodies = chargingBodies
      .map((body) => ({ value: body.id, label: body.name[locale] }))
      .sort((a, b) => collator.compare(a.label, b.label));
    return [
      { key: 'port', options: enumOptions(PORT_IDS, 'ports') },
      { key: 'chargingBody', options: bodies },
      { key: 'category', options: enumOptions(FEE_CATEGORIES, 'categories') },
      { key: 'pricingType', options: enumOptions(PRICING_TYPES, 'pricingTypes') },
      { key: 'unit', options: enumOptions(FEE_UNITS, 'units') },
      { key: 'status', options: enumOptions(FEE_STATUSES, 'statuses') },
    ] satisfies Array<{ key: ListKey; options: Array<{ value: string; label: string }> }>;
  }, [t, locale, chargingBodies]);

  return (
    <FilterBar
      label={t('filters.label')}
      searchLabel={t('search.label')}
      searchPlaceholder={t('search.placeholder')}
      search={query.q ?? ''}
      onSearch={(q) => onChange({ ...query, q: q === '' ? undefined : q })}
      selects={filters.map(({ key, options }) => ({ key, label: t(`filters.${key}`), value: query[key], options }))}
      onSelect={(key, values) => onChange({ ...query, [key]: values.length ? values : undefined })}
      onClear={() => onChange(withoutFilters(query))}
      clearDisabled={!hasFilters(query)}
    />
  );
}
