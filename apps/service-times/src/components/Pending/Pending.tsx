import { useTranslation } from 'react-i18next';
import { LoadError } from '@sw/module-kit';
import { Loading } from '../Loading/Loading.tsx';

interface QueryState {
  isError: boolean;
  error: unknown;
  isFetching: boolean;
  failureCount: number;
  refetch(): unknown;
}

/**
 * What a page shows until all its queries have answered: the first failure with a Retry, else the
 * loading state (saying so when a first try failed).
 */
export function Pending({ queries }: { queries: readonly QueryState[] }) {
  const { t } = useTranslation();
  const failed = queries.find((query) => query.isError);
  if (failed) {
    return (
      <LoadError
        title={t('errors.loadTitle')}
        error={failed.error}
        onRetry={() => void failed.refetch()}
        retrying={failed.isFetching}
      />
    );
  }
  return <Loading retrying={queries.some((query) => query.failureCount > 0)} />;
}
