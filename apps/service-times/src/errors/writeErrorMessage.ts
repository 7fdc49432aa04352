import type { TFunction } from 'i18next';
import { ApiError, NetworkError } from '@sw/api-client';

/** Why a write (publishing, an upload) was refused, in the reader's language; field errors are shown beside the fields. */
export function writeErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof NetworkError) return t('common:networkError');
  if (!(error instanceof ApiError)) return t('errors.unexpected');
  switch (error.code) {
    case 'auth.required':
    case 'auth.invalid_token':
      return t('errors.signedOut');
    case 'auth.forbidden':
      return t('errors.forbidden');
    case 'terminal.not_found':
      return t('errors.terminalNotFound');
    case 'service_standard.unchanged':
      return t('errors.unchanged');
    case 'idempotency.in_progress':
      return t('errors.inProgress');
    case 'validation.failed':
      return t('errors.invalid');
  }
  if (error.status === 429) return t('errors.rateLimited');
  if (error.status >= 500) return t('common:serverError', { status: error.status });
  return t('errors.requestFailed', { status: error.status });
}
