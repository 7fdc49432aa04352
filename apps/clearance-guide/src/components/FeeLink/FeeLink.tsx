import { useTranslation } from 'react-i18next';
import { SuiteLink, useLocale } from '@sw/module-kit';
import { useFeeNames } from './useFeeNames.ts';

/** Opens the fee directory at one charge item (by its id, through the shell's navigation). */
export function FeeLink({ feeId }: { feeId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const name = useFeeNames(true)?.get(feeId)?.[locale];
  return (
    <SuiteLink to="/fees" payload={{ feeId }} aria-label={t('cost.feeLink', { name: name ?? feeId })}>
      {name ?? feeId}
    </SuiteLink>
  );
}
