import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CARGO_CATEGORIES,
  CLEARANCE_DIRECTIONS,
  CLEARANCE_MODES,
  CLEARANCE_VARIANTS,
  PORT_IDS,
  PROCEDURE_LIST_KEYS,
  TRADER_TYPES,
  type ProcedureQuery,
} from '@sw/contracts';
import { FilterBar } from '@sw/ui';

type ListKey = (typeof PROCEDURE_LIST_KEYS)[number];

const OPTIONS: Record<ListKey, { values: readonly string[]; texts: string }> = {
  mode: { values: CLEARANCE_MODES, texts: 'modes' },
  direction: { values: CLEARANCE_DIRECTIONS, texts: 'directions' },
  port: { values: PORT_IDS, texts: 'ports' },
  cargo: { values: CARGO_CATEGORIES, texts: 'cargo' },
  trader: { values: TRADER_TYPES, texts: 'traderTypes' },
  variant: { values: CLEARANCE_VARIANTS, texts: 'variants' },
};

export const hasProcedureFilters = (query: ProcedureQuery) =>
  Boolean(query.q) || PROCEDURE_LIST_KEYS.some((key) => query[key]?.length);

/** Search and filters of the procedure list; every change goes straight to `onChange`. */
export function ProcedureFilters({ query, onChange }: { query: ProcedureQuery; onChange(next: ProcedureQuery): void }) {
  const { t } = useTranslation();
  const selects = useMemo(
    () =>
      PROCEDURE_LIST_KEYS.map((key) => ({
        key,
        options: OPTIONS[key].values.map((value) => ({ value, label: t(`${OPTIONS[key].texts}.${value}`) })),
      })),
    [t],
  );
  return (
    <FilterBar
      label={t('filters.label')}
      searchLabel={t('filters.search')}
      searchPlaceholder={t('filters.searchPlaceholder')}
      search={query.q ?? ''}
      onSearch={(q) => onChange({ ...query, q: q || undefined })}
      selects={selects.map(({ key, options }) => ({ key, label: t(`filters.${key}`), value: query[key], options }))}
      onSelect={(key, values) => onChange({ ...query, [key]: values.length ? values : undefined })}
      onClear={() => onChange({})}
      clearDisabled={!hasProcedureFilters(query)}
    />
  );
}
