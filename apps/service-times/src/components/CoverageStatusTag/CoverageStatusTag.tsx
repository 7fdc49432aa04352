import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CoverageStatus } from '@sw/contracts';

const COLORS: Record<CoverageStatus, string> = {
  complete: 'success',
  'complete-late': 'warning',
  overdue: 'error',
  pending: 'processing',
};

/** Whether a terminal has published the four required standards (a word, not only a colour). */
export function CoverageStatusTag({ status }: { status: CoverageStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`coverageStatuses.${status}`)}</Tag>;
}
