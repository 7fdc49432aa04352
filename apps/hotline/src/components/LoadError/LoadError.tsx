import { Button, Result } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError, NetworkError } from '@sw/api-client';

/** Why something did not load, in the reader's language, with a Retry. */
export function LoadError({ error, onRetry, title }: { error: unknown; onRetry(): void; title: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      role="alert"
      title={title}
      subTitle={errorMessage(error, t)}
      extra={
        <Button type="primary" onClick={onRetry}>
          {t('common:retry')}
        </Button>
      }
    />
  );
}

/** A failed request in words: the network, the server, or a refusal (by its problem code when we know it). */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof NetworkError) return t('common:networkError');
  if (error instanceof ApiError) {
    if (error.status >= 500) return t('common:serverError', { status: error.status });
    if (error.status === 401) return t('errors.signIn');
    if (error.status === 403) return t('errors.forbidden');
    if (error.status === 429) return t('errors.rateLimited');
    return t(`errors.codes.${error.code}`, { defaultValue: t('errors.requestFailed', { status: error.status }) });
  }
  return t('errors.unexpected');
}
