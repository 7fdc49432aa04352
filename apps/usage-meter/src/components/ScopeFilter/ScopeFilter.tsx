import { Button, Flex, Segmented, Select, theme } from 'antd';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { USAGE_MODES, usageModeOf, type Port, type UsageMode } from '@sw/contracts';
import type { UsageView } from '../../analysis/scope.ts';
import type { UsageNames } from '../../format/useUsageNames.ts';

interface ScopeFilterProps {
  view: UsageView;
  ports: readonly Port[];
  names: UsageNames;
  onChange(next: UsageView): void;
}

const ALL = 'all';

/** Drill-down: all of Shenzhen, one kind of port (sea, air, land) or one port. */
export function ScopeFilter({ view, ports, names, onChange }: ScopeFilterProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const portId = useId();
  const mode = view.port ? usageModeOf(ports.find((p) => p.id === view.port)?.mode ?? 'road') : view.mode;
  const portOptions = useMemo(
    () =>
      ports
        .filter((port) => !mode || usageModeOf(port.mode) === mode)
        .map((port) => ({ value: port.id, label: names.port(port.id) })),
    [ports, mode, names],
  );
  const label = { fontFamily: token.fontFamily, fontSize: token.fontSizeSM, color: token.colorTextSecondary };
  return (
    <Flex wrap gap={16} align="flex-end" role="group" aria-label={t('scope.label')} style={{ marginBottom: 24 }}>
      <Flex vertical gap={4}>
        <span style={label} aria-hidden>
          {t('scope.mode')}
        </span>
        <Segmented
          aria-label={t('scope.mode')}
          value={mode ?? ALL}
          options={[
            { value: ALL, label: t('scope.all') },
            ...USAGE_MODES.map((m) => ({ value: m, label: names.mode(m) })),
          ]}
          onChange={(value) =>
            onChange({ business: view.business, ...(value === ALL ? {} : { mode: value as UsageMode }) })
          }
        />
      </Flex>
      <Flex vertical gap={4} style={{ minWidth: 240 }}>
        <label htmlFor={portId} style={label}>
          {t('scope.port')}
        </label>
        <Select
          id={portId}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('scope.allPorts')}
          value={view.port}
          options={portOptions}
          onChange={(port?: Port['id']) =>
            onChange({ business: view.business, ...(port ? { port } : mode ? { mode } : {}) })
          }
        />
      </Flex>
      {(view.port || view.mode) && (
        <Button onClick={() => onChange({ business: view.business })}>{t('scope.clear')}</Button>
      )}
    </Flex>
  );
}
