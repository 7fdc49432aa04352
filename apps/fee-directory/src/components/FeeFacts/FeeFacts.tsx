import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { conditionOf, directionsOf, type FeeItem } from '@sw/contracts';
import { useLocale } from '@sw/module-kit';
import { useFeeFormat } from '../../format/useFeeFormat.ts';
import { FeeStandard } from '../FeeStandard/FeeStandard.tsx';
import { FeeStatusTag, PricingTypeTag } from '../FeeStatusTag/FeeStatusTag.tsx';

/** Everything WTO TFA Art. 6.1 asks to publish about a charge, in the reader's language. */
export function FeeFacts({ item }: { item: FeeItem }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFeeFormat();
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'chargingBody', label: t('table.chargingBody'), children: item.chargingBody.name[locale] },
        { key: 'code', label: t('export.code'), children: item.code },
        { key: 'category', label: t('table.category'), children: t(`categories.${item.category}`) },
        { key: 'status', label: t('table.status'), children: <FeeStatusTag status={item.status} /> },
        { key: 'standard', label: t('table.standard'), children: <FeeStandard standard={item.standard} /> },
        { key: 'unit', label: t('table.unit'), children: t(`units.${item.unit}`) },
        {
          key: 'pricingType',
          label: t('table.pricingType'),
          children: <PricingTypeTag pricingType={item.pricingType} />,
        },
        {
          key: 'effectiveFrom',
          label: item.status === 'publicised' ? t('detail.plannedStart') : t('table.effectiveFrom'),
          children: <time dateTime={item.effectiveFrom}>{format.date(item.effectiveFrom)}</time>,
        },
        { key: 'service', label: t('table.service'), span: 'filled', children: item.service[locale] },
        {
          key: 'legalBasis',
          label: t('table.legalBasis'),
          span: 'filled',
          children: item.legalBasis.url ? (
            <Typography.Link href={item.legalBasis.url} target="_blank" rel="noopener noreferrer">
              {item.legalBasis.title[locale]}
            </Typography.Link>
          ) : (
            item.legalBasis.title[locale]
          ),
        },
        { key: 'payment', label: t('table.payment'), span: 'filled', children: item.payment[locale] },
        {
          key: 'ports',
          label: t('table.ports'),
          span: 'filled',
          children: item.ports.map((port) => t(`ports.${port}`)).join(t('listSeparator')),
        },
        {
          key: 'appliesTo',
          label: t('detail.appliesTo'),
          span: 'filled',
          children: `${directionsOf(item)
            .map((d) => t(`directions.${d}`))
            .join(t('listSeparator'))} · ${t(`conditions.${conditionOf(item)}`)}`,
        },
        {
          key: 'source',
          label: t('common:source'),
          span: 'filled',
          children: item.source ?? t('detail.demoValues'),
        },
      ]}
    />
  );
}
