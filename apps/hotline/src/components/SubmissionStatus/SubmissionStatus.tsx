import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../hooks/useNow.ts';
import { useOnline } from '../../hooks/useOnline.ts';
import { MissingFileError } from '../../intake/attachments.ts';
import type { SubmissionState } from '../../intake/submission.ts';
import { errorMessage } from '../../errors/errorMessage.ts';

/**
 * Where the submission stands, said plainly (and announced to screen readers): uploading, sending,
 * offline and waiting, retrying in n seconds (with "try now"), or why it was refused.
 */
export function SubmissionStatus({ state, onRetryNow }: { state: SubmissionState; onRetryNow(): void }) {
  const { t } = useTranslation();
  const online = useOnline();
  const now = useNow(1000);
  let type: 'info' | 'warning' | 'error' = 'info';
  let text: string;
  let action = false;
  switch (state.phase) {
    case 'idle':
    case 'delivered':
      return null;
    case 'uploading':
      text = online ? t('submission.uploading', { done: state.done, total: state.total }) : t('submission.offline');
      type = online ? 'info' : 'warning';
      break;
    case 'sending':
      if (state.retry.phase === 'sending') {
        text =
          state.retry.attempt > 1
            ? t('submission.retrying', { attempt: state.retry.attempt })
            : t('submission.sending');
      } else {
        const seconds = Math.max(0, Math.ceil((state.retry.nextAttemptAt - now) / 1000));
        text =
          state.retry.phase === 'offline' || !online ? t('submission.offline') : t('submission.waiting', { seconds });
        type = 'warning';
        action = true;
      }
      break;
    case 'failed':
      type = 'error';
      text = t('submission.failed', {
        reason:
          state.error instanceof MissingFileError
            ? t('submission.missingFile', { name: state.error.fileName })
            : errorMessage(state.error, t),
      });
      break;
  }
  return (
    <Alert
      type={type}
      showIcon
      role={type === 'error' ? 'alert' : 'status'}
      aria-live="polite"
      style={{ marginBottom: 16 }}
      title={text}
      action={
        action ? (
          <Button size="small" onClick={onRetryNow}>
            {t('submission.tryNow')}
          </Button>
        ) : undefined
      }
    />
  );
}
