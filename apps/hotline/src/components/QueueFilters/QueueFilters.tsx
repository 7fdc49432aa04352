import { Button, Checkbox, Flex, Input, Select, theme } from 'antd';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_STATUSES,
  COMPLAINT_TYPES,
  type ComplaintListQuery,
  type ComplaintStaffMember,
  type ComplaintUnit,
} from '@sw/contracts';

interface QueueFiltersProps {
  query: ComplaintListQuery;
  onChange(next: ComplaintListQuery): void;
  /** The units the viewer handles (a unit filter only when there are several). */
  units: readonly ComplaintUnit[];
  staff: readonly ComplaintStaffMember[];
}

function Labelled({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const { token } = theme.useToken();
  const id = useId();
  return (
    <Flex vertical gap={4} style={{ flex: '1 1 170px', minWidth: 150 }}>
      <label
        htmlFor={id}
        style={{ fontFamily: token.fontFamily, fontSize: token.fontSizeSM, color: token.colorTextSecondary }}
      >
        {label}
      </label>
      {children(id)}
    </Flex>
  );
}

const FILTER_KEYS = ['status', 'category', 'unit', 'type', 'assignee', 'overdue', 'q'] as const;

/** The queue's filters; every change goes straight to `onChange` (the page keeps them in the URL). */
export function QueueFilters({ query, onChange, units, staff }: QueueFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<ComplaintListQuery>) => onChange({ ...query, ...patch, offset: undefined });
  const multi = (key: 'status' | 'category' | 'unit' | 'type', values: readonly string[], prefix: string) => (
    <Labelled key={key} label={t(`queue.filters.${key}`)}>
      {(id) => (
        <Select
          id={id}
          mode="multiple"
          allowClear
          maxTagCount={2}
          placeholder={t('queue.filters.all')}
          value={[...(query[key] ?? [])]}
          onChange={(next: string[]) => set({ [key]: next.length ? next : undefined })}
          options={values.map((value) => ({ value, label: t(`${prefix}.${value}`) }))}
          optionFilterProp="label"
        />
      )}
    </Labelled>
  );
  const filtered = FILTER_KEYS.some((key) => query[key] !== undefined);
  return (
    <Flex vertical gap={12} role="search" aria-label={t('queue.filters.label')} style={{ marginBottom: 16 }}>
      <Input.Search
        aria-label={t('queue.filters.q')}
        placeholder={t('queue.filters.qPlaceholder')}
        allowClear
        maxLength={100}
        defaultValue={query.q}
        onSearch={(value) => set({ q: value.trim() || undefined })}
      />
      <Flex wrap gap={12} align="flex-end">
        {multi('status', COMPLAINT_STATUSES, 'statuses')}
        {multi('category', COMPLAINT_CATEGORIES, 'categories')}
        {units.length > 1 && multi('unit', units, 'units')}
        {multi('type', COMPLAINT_TYPES, 'types')}
        <Labelled label={t('queue.filters.assignee')}>
          {(id) => (
            <Select
              id={id}
              allowClear
              placeholder={t('queue.filters.anyone')}
              value={query.assignee}
              onChange={(assignee?: string) => set({ assignee })}
              options={[
                { value: 'me', label: t('queue.filters.me') },
                { value: 'unassigned', label: t('queue.filters.unassigned') },
                ...staff.map((member) => ({ value: member.id, label: member.name })),
              ]}
            />
          )}
        </Labelled>
        <Checkbox
          checked={query.overdue === 'true'}
          onChange={(event) => set({ overdue: event.target.checked ? 'true' : undefined })}
        >
          {t('queue.filters.overdue')}
        </Checkbox>
        <Button onClick={() => onChange({ sort: query.sort, order: query.order })} disabled={!filtered}>
          {t('common:clearFilters')}
        </Button>
      </Flex>
    </Flex>
  );
}
