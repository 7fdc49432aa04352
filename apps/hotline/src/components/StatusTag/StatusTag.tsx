import { useTranslation } from 'react-i18next';
import type { ComplaintStatus } from '@sw/contracts';
import { ToneTag, type TagTone } from '@sw/ui';

const TONES: Record<ComplaintStatus, TagTone> = {
  received: 'neutral',
  'in-progress': 'info',
  replied: 'accent',
  closed: 'success',
};

/** A ticket's status, in words, in colours with AA contrast. */
export function StatusTag({ status }: { status: ComplaintStatus }) {
  const { t } = useTranslation();
  return <ToneTag tone={TONES[status]}>{t(`statuses.${status}`)}</ToneTag>;
}
