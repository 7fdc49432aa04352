import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@sw/api-client';
import { loadErrorMessage } from './loadErrorMessage.ts';

interface LoadErrorProps {
  /** What could not be loaded, as a heading. */
  title: string;
  error: unknown;
  /** Fetches again; without it (a refusal that a retry will not change) no Retry is offered. */
  onRetry?(): void;
  retrying?: boolean;
  /** The module's own words for a refusal (4xx), e.g. by problem code; see `loadErrorMessage`. */
  refusal?: (error: ApiError) => string | undefined;
}

/**
 * Why a module's data did not load, in the reader's language, with a Retry that fetches again. The
 * module's texts give `errors.requestFailed` and `errors.unexpected`. (`ErrorPanel` is for a whole
 * module that failed.)
 */
export function LoadError({ title, error, onRetry, retrying = false, refusal }: LoadErrorProps) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      role="alert"
      title={title}
      subTitle={loadErrorMessage(error, t, refusal)}
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry} loading={retrying}>
            {t('common:retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
