import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StepCost as Cost } from '@sw/contracts';
import { useClearanceFormat } from '../../format/useClearanceFormat.ts';
import { FeeLink } from '../FeeLink/FeeLink.tsx';

/** A step's cost: free, an amount per shipment / container / vehicle, or a rule; with the fee items it comes from. */
export function StepCost({ cost }: { cost: Cost }) {
  const { t } = useTranslation();
  const format = useClearanceFormat();
  if (cost.kind === 'free') return <Typography.Text>{t('cost.free')}</Typography.Text>;
  return (
    <Space direction="vertical" size={2}>
      {cost.kind === 'fixed' ? (
        <Typography.Text strong>
          {t('cost.amountPer', { amount: format.money(cost.amount), per: t(`costBases.${cost.per}`) })}
        </Typography.Text>
      ) : (
        <>
          <Typography.Text>{format.text(cost.formula)}</Typography.Text>
          {cost.indicativeAmount !== undefined && (
            <Typography.Text type="secondary">
              {t('cost.indicative', { amount: format.money(cost.indicativeAmount), per: t(`costBases.${cost.per}`) })}
            </Typography.Text>
          )}
        </>
      )}
      {cost.feeIds.length > 0 && (
        <Typography.Text type="secondary">
          {t('cost.inFeeDirectory')}{' '}
          {cost.feeIds.map((feeId, index) => (
            <span key={feeId}>
              {index > 0 && t('listSeparator')}
              <FeeLink feeId={feeId} />
            </span>
          ))}
        </Typography.Text>
      )}
    </Space>
  );
}
