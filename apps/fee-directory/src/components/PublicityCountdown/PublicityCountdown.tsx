import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { workingDaysLeft, type Publicity } from '@sw/contracts';
import { useFeeFormat } from '../../format/useFeeFormat.ts';

interface PublicityCountdownProps {
  publicity: Publicity;
  today: string;
}

/** How long objections remain open: the period, the working days left and a bar of the time gone. */
export function PublicityCountdown({ publicity, today }: PublicityCountdownProps) {
  const { t } = useTranslation();
  const format = useFeeFormat();
  const left = workingDaysLeft(today, publicity.endsOn);
  const period = t('publicity.period', { from: format.date(publicity.startsOn), to: format.date(publicity.endsOn) });
  const gone = Math.round(((publicity.workingDays - left) / publicity.workingDays) * 100);
  return (
    <Flex vertical gap={4}>
      <Typography.Text>{period}</Typography.Text>
      <Typography.Text strong role="timer" aria-live="off">
        {left > 0 ? t('publicity.daysLeft', { count: left }) : t('publicity.ended')}
      </Typography.Text>
      <Progress percent={Math.min(100, Math.max(0, gone))} showInfo={false} aria-label={period} size="small" />
    </Flex>
  );
}
