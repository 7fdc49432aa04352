import { useTranslation } from 'react-i18next';
import type { SlaClock } from '@sw/contracts';
import { ToneTag, type TagTone } from '@sw/ui';
import { useHotlineFormat } from '../../format/useHotlineFormat.ts';

const TONES = { pending: 'info', overdue: 'error', met: 'success', missed: 'warning' } as const satisfies Record<
  SlaClock['state'],
  TagTone
>;
const SOON_MS = 4 * 3_600_000;

/**
 * One clock of a ticket (acknowledge or reply): due in…, overdue by…, met or late. Overdue is
 * said in words, not only by colour.
 */
export function SlaTag({ phase, clock, now }: { phase: 'acknowledge' | 'reply'; clock: SlaClock; now: number }) {
  const { t } = useTranslation();
  const format = useHotlineFormat();
  const soon = clock.state === 'pending' && Date.parse(clock.due) - now < SOON_MS;
  const when = format.relative(clock.due, now);
  return (
    <ToneTag tone={soon ? 'warning' : TONES[clock.state]} title={format.dateTime(clock.due)}>
      {t(`sla.${phase}.${clock.state}`, { when })}
    </ToneTag>
  );
}
