import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, NetworkError } from '@sw/api-client';

interface LoadErrorProps {
  error: unknown;
  onRetry(): void;
  retrying?: boolean;
}

/** Why the figures did not load, in the reader's language, with a Retry that fetches again. */
export function LoadError({ error, onRetry, retrying = false }: LoadErrorProps) {
  const { t } = useTranslation();
  let message: string;
  if (error instanceof NetworkError) message = t('common:networkError');
  else if (error instanceof ApiError && error.status >= 500)
    message = t('common:serverError', { status: error.status });
  else if (error instanceof ApiError) message = t('errors.requestFailed', { status: error.status });
  else message = t('errors.unexpected'); // e.g. a ContractError: a bug, never the reader's fault
  return (
    <Result
      status="warning"
      role="alert"
      title={t('errors.title')}
      subTitle={message}
      extra={
        <Button type="primary" onClick={onRetry} loading={retrying}>
          {t('common:retry')}
        </Button>
      }
    />
  );
}
