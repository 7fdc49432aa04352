import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeeItem } from '@sw/contracts';
import { useLocale } from '@sw/module-kit';
import type { ExportColumn } from '@sw/ui';
import { standardText } from '../format/standardText.ts';
import { useFeeFormat } from '../format/useFeeFormat.ts';

/** The columns of an exported fee list, headed and worded in the reader's language; amounts stay numbers. */
export function useFeeExportColumns(): ExportColumn<FeeItem>[] {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFeeFormat();
  return useMemo(
    () => [
      { title: t('table.chargingBody'), value: (item) => item.chargingBody.name[locale] },
      { title: t('table.item'), value: (item) => item.name[locale] },
      { title: t('export.code'), value: (item) => item.code },
      { title: t('table.category'), value: (item) => t(`categories.${item.category}`) },
      { title: t('table.standard'), value: (item) => standardText(item.standard, locale, format) },
      {
        title: t('export.amount'),
        value: (item) => (item.standard.kind === 'fixed' ? item.standard.amount : item.standard.indicativeAmount),
      },
      { title: t('table.unit'), value: (item) => t(`units.${item.unit}`) },
      { title: t('table.pricingType'), value: (item) => t(`pricingTypes.${item.pricingType}`) },
      { title: t('table.legalBasis'), value: (item) => item.legalBasis.title[locale] },
      { title: t('export.legalBasisUrl'), value: (item) => item.legalBasis.url },
      { title: t('table.ports'), value: (item) => item.ports.map((p) => t(`ports.${p}`)).join(t('listSeparator')) },
      { title: t('table.effectiveFrom'), value: (item) => item.effectiveFrom },
      { title: t('table.status'), value: (item) => t(`statuses.${item.status}`) },
      { title: t('table.service'), value: (item) => item.service[locale] },
      { title: t('table.payment'), value: (item) => item.payment[locale] },
      { title: t('common:source'), value: (item) => item.source ?? t('common:demoData') },
    ],
    [t, locale, format],
  );
}
