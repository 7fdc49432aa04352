import { Tag } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeeStatus, PricingType } from '@sw/contracts';
import { TAG_COLORS } from '../../theme/accessibleColors.ts';

const STATUS_COLORS: Record<FeeStatus, string> = {
  publicised: TAG_COLORS.blue,
  effective: TAG_COLORS.green,
  suspended: TAG_COLORS.gold,
  abolished: TAG_COLORS.grey,
  withdrawn: TAG_COLORS.grey,
};

const PRICING_COLORS: Record<PricingType, string> = {
  'government-set': TAG_COLORS.blue,
  'government-guided': TAG_COLORS.cyan,
  'market-regulated': TAG_COLORS.purple,
};

// Memoised: cheap to compare, and the virtualised table re-renders its rows on every keystroke.
export const FeeStatusTag = memo(function FeeStatusTag({ status }: { status: FeeStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`statuses.${status}`)}</Tag>;
});

export const PricingTypeTag = memo(function PricingTypeTag({ pricingType }: { pricingType: PricingType }) {
  const { t } = useTranslation();
  return <Tag color={PRICING_COLORS[pricingType]}>{t(`pricingTypes.${pricingType}`)}</Tag>;
});
