import { Button, Flex, Input, Select, theme } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface FilterBarSelect<K extends string> {
  key: K;
  label: string;
  value: readonly string[] | undefined;
  options: Array<{ value: string; label: string }>;
}

interface FilterBarProps<K extends string> {
  /** The accessible name of the search region. */
  label: string;
  searchLabel: string;
  searchPlaceholder: string;
  search: string;
  onSearch(text: string): void;
  selects: ReadonlyArray<FilterBarSelect<K>>;
  onSelect(key: K, values: string[]): void;
  onClear(): void;
  /** Nothing to clear. */
  clearDisabled: boolean;
}

function FilterSelect({
  label,
  value,
  options,
  onChange,
}: Omit<FilterBarSelect<string>, 'key'> & { onChange(values: string[]): void }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const id = useId();
  return (
    <Flex vertical gap={4} style={{ flex: '1 1 170px', minWidth: 150 }}>
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

/**
 * A list's search box, one labelled multi-select per filter and "Clear filters", as a search region;
 * every change goes straight to the callbacks. Texts from the module: `filters.all` (an empty
 * select) and `common:clearFilters`.
 */
export function FilterBar<K extends string>(props: FilterBarProps<K>) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12} role="search" aria-label={props.label} style={{ marginBottom: 16 }}>
      <Input
        type="search"
        aria-label={props.searchLabel}
        size="large"
        allowClear
        maxLength={100}
        placeholder={props.searchPlaceholder}
        value={props.search}
        onChange={(event) => props.onSearch(event.target.value)}
      />
      <Flex wrap gap={12} align="flex-end">
        {props.selects.map(({ key, ...select }) => (
          <FilterSelect key={key} {...select} onChange={(values) => props.onSelect(key, values)} />
        ))}
        <Button onClick={props.onClear} disabled={props.clearDisabled}>
          {t('common:clearFilters')}
        </Button>
      </Flex>
    </Flex>
  );
}
