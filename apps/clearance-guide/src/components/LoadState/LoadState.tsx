import { Button, Flex, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, NetworkError } from '@sw/api-client';

interface LoadStateProps {
  query: { isError: boolean; error: unknown; isFetching: boolean; failureCount: number; refetch: () => unknown };
}

/** Why something has not been shown yet: loading (or retrying), or an error in the reader's language with Retry. */
export function LoadState({ query }: LoadStateProps) {
  const { t } = useTranslation();
  if (!query.isError) {
    return (
      <Flex vertical align="center" gap={12} style={{ padding: 48 }} role="status">
        <Spin size="large" />
        <Typography.Text type="secondary">
          {query.failureCount > 0 ? t('errors.retrying') : t('common:loading')}
        </Typography.Text>
      </Flex>
    );
  }
  const { error } = query;
  let message: string;
  if (error instanceof NetworkError) message = t('common:networkError');
  else if (error instanceof ApiError && error.status >= 500)
    message = t('common:serverError', { status: error.status });
  else if (error instanceof ApiError && error.status === 404) message = t('errors.notFound');
  else if (error instanceof ApiError && error.status === 401) message = t('errors.signIn');
  else if (error instanceof ApiError && error.status === 403) message = t('errors.forbidden');
  else if (error instanceof ApiError) message = t('errors.requestFailed', { status: error.status });
  else message = t('errors.unexpected'); // e.g. a ContractError: a bug, never the reader's fault
  const retryable = !(error instanceof ApiError && error.status < 500 && error.status !== 429);
  return (
    <Result
      status="warning"
      role="alert"
      title={t('errors.title')}
      subTitle={message}
      extra={
        retryable ? (
          <Button type="primary" onClick={() => void query.refetch()} loading={query.isFetching}>
            {t('common:retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
