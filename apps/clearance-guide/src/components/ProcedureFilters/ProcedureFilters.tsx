import { Button, Flex, Input, Select, theme } from 'antd';
import { useId, useMemo } from 'react';
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

function FilterSelect(props: {
  label: string;
  value: readonly string[] | undefined;
  options: Array<{ value: string; label: string }>;
  onChange(values: string[]): void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const id = useId();
  return (
    <Flex vertical gap={4} style={{ flex: '1 1 170px', minWidth: 150 }}>
      <label
        htmlFor={id}
        style={{ fontFamily: token.fontFamily, fontSize: token.fontSizeSM, color: token.colorTextSecondary }}
      >
        {props.label}
      </label>
      <Select
        id={id}
        mode="multiple"
        allowClear
        placeholder={t('filters.all')}
        value={[...(props.value ?? [])]}
        options={props.options}
        onChange={props.onChange}
        optionFilterProp="label"
        maxTagCount={2}
        style={{ width: '100%' }}
      />
    </Flex>
  );
}

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
    <Flex vertical gap={12} role="search" aria-label={t('filters.label')} style={{ marginBottom: 16 }}>
      <Input
        type="search"
        aria-label={t('filters.search')}
        size="large"
        allowClear
        maxLength={100}
        placeholder={t('filters.searchPlaceholder')}
        value={query.q ?? ''}
        onChange={(event) => onChange({ ...query, q: event.target.value || undefined })}
      />
      <Flex wrap gap={12} align="flex-end">
        {selects.map(({ key, options }) => (
          <FilterSelect
            key={key}
            label={t(`filters.${key}`)}
            value={query[key]}
            options={options}
            onChange={(values) => onChange({ ...query, [key]: values.length ? values : undefined })}
          />
        ))}
        <Button onClick={() => onChange({})} disabled={!hasProcedureFilters(query)}>
          {t('common:clearFilters')}
        </Button>
      </Flex>
    </Flex>
  );
}
