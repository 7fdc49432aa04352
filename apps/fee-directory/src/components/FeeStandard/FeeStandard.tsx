import { Typography } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeeStandard as FeeStandardValue } from '@sw/contracts';
import { useLocale } from '@sw/module-kit';
import { useFeeFormat } from '../../format/useFeeFormat.ts';

/**
 * A charge's standard: a fixed amount in the reader's currency format, or the rule as published.
 * Memoised: table rows re-render on every keystroke, their items' standards do not change.
 */
export const FeeStandard = memo(function FeeStandard({ standard }: { standard: FeeStandardValue }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFeeFormat();
  if (standard.kind === 'fixed') {
    return <Typography.Text strong>{format.money(standard.amount)}</Typography.Text>;
  }
  return (
    <span>
      {standard.formula[locale]}
      {standard.indicativeAmount !== undefined && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {t('standard.indicative', { amount: format.money(standard.indicativeAmount) })}
        </Typography.Text>
      )}
    </span>
  );
});
