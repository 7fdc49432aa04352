import { useTranslation } from 'react-i18next';
import type { DraftStatus } from '@sw/contracts';
import { ToneTag, type TagTone } from '@sw/ui';

const TONES: Record<DraftStatus, TagTone> = {
  draft: 'neutral',
  'in-review': 'info',
  approved: 'success',
  rejected: 'error',
};

export function DraftStatusTag({ status }: { status: DraftStatus }) {
  const { t } = useTranslation();
  return <ToneTag tone={TONES[status]}>{t(`drafts.statuses.${status}`)}</ToneTag>;
}
