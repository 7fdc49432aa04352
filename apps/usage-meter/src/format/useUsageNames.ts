import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { USAGE_BUSINESSES, type Port, type PortId, type UsageBusiness, type UsageMode } from '@sw/contracts';
import { useLocale } from '@sw/module-kit';

/** Names of businesses, ports and kinds of port in the reader's language. */
export function useUsageNames(ports: readonly Port[] | undefined) {
  const { t } = useTranslation();
  const locale = useLocale();
  return useMemo(() => {
    const portNames = new Map(ports?.map((port) => [port.id, port.name[locale]]));
    const business = (id: UsageBusiness) => t(`businesses.${id}`);
    return {
      business,
      businesses: Object.fromEntries(USAGE_BUSINESSES.map((id) => [id, business(id)])) as Record<UsageBusiness, string>,
      port: (id: PortId) => portNames.get(id) ?? id,
      mode: (mode: UsageMode) => t(`modes.${mode}`),
    };
  }, [t, locale, ports]);
}

export type UsageNames = ReturnType<typeof useUsageNames>;
