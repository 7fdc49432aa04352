import { Button, Flex, Input, Select, theme } from 'antd';
import { useId, useMemo } from 'react';
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

interface FilterSelectProps {
  label: string;
  value: readonly string[] | undefined;
  options: Array<{ value: string; label: string }>;
  onChange(values: string[]): void;
}

function FilterSelect({ label, value, options, onChange }: FilterSelectProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const id = useId();
  return (
    <Flex vertical gap={4} style={{ flex: '1 1 180px', minWidth: 160 }}>
      {/* A plain label gets no antd styles, so it takes the suite's font from the theme. */}
      <label
        htmlFor={id}
        style={{ fontFamily: token.fontFamily, fontSize: token.fontSizeSM, color: token.colorTextSecondary }}
      >
        {label}
      </label>
      <Select
        id={id}
        mode="multiple"
        allowClear
        placeholder={t('filters.all')}
        value={[...(value ?? [])]}
        options={options}
        onChange={onChange}
        optionFilterProp="label"
        maxTagCount={2}
        style={{ width: '100%' }}
      />
    </Flex>
  );
}

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
    <Flex vertical gap={12} role="search" aria-label={t('filters.label')} style={{ marginBottom: 16 }}>
      <Input
        type="search"
        aria-label={t('search.label')}
        size="large"
        allowClear
        maxLength={100}
        placeholder={t('search.placeholder')}
        value={query.q ?? ''}
        onChange={(event) => {
          const q = event.target.value;
          onChange({ ...query, q: q === '' ? undefined : q });
        }}
      />
      <Flex wrap gap={12} align="flex-end">
        {filters.map(({ key, options }) => (
          <FilterSelect
            key={key}
            label={t(`filters.${key}`)}
            value={query[key]}
            options={options}
            onChange={(values) => onChange({ ...query, [key]: values.length ? values : undefined })}
          />
        ))}
        <Button onClick={() => onChange(withoutFilters(query))} disabled={!hasFilters(query)}>
          {t('common:clearFilters')}
        </Button>
      </Flex>
    </Flex>
  );
}
