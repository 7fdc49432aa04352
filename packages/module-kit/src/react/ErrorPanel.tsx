import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

interface ErrorPanelProps {
  /** The module's title in the current language. */
  moduleTitle: string;
  onRetry?: () => void;
  detail?: string;
}

/** What a module shows in its own slot when it fails; the rest of the page keeps working. */
export function ErrorPanel({ moduleTitle, onRetry, detail }: ErrorPanelProps) {
  const { t } = useTranslation('common');
  return (
    <Result
      status="warning"
      role="alert"
      title={t('moduleFailed', { module: moduleTitle })}
      subTitle={detail ? `${t('moduleFailedHint')} (${detail})` : t('moduleFailedHint')}
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            {t('retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
