import { Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@sw/api-client';
import { LoadError } from '@sw/module-kit';

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
  // A refusal (other than "too many requests") will not change on a retry: no button for it.
  const retryable = !(error instanceof ApiError && error.status < 500 && error.status !== 429);
  return (
    <LoadError
      title={t('errors.title')}
      error={error}
      onRetry={retryable ? () => void query.refetch() : undefined}
      retrying={query.isFetching}
      refusal={(refused) =>
        refused.status === 404
          ? t('errors.notFound')
          : refused.status === 401
            ? t('errors.signIn')
            : refused.status === 403
              ? t('errors.forbidden')
              : undefined
      }
    />
  );
}
