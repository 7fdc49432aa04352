import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClockStart, TimeLimit } from '@sw/contracts';
import { useServiceFormat } from '../../format/useServiceFormat.ts';

/** A time limit with the event it counts from, e.g. "2 hours · from the work instruction". */
export function TimeLimitText({ limit, clockStart }: { limit: TimeLimit; clockStart?: ClockStart }) {
  const { t } = useTranslation();
  const format = useServiceFormat();
  return (
    <span>
      <Typography.Text strong>{format.timeLimit(limit)}</Typography.Text>
      {clockStart && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {t('clockFrom', { event: t(`clockStarts.${clockStart}`) })}
        </Typography.Text>
      )}
    </span>
  );
}
