import type { TFunction } from 'i18next';
import { ApiError, NetworkError } from '@sw/api-client';

/**
 * A failed request in the reader's words: the network and the server are said the same in every
 * module (`common:`); a refusal (4xx) in the module's own words when `refusal` has them (e.g. by
 * problem code), else the module's `errors.requestFailed` (with `{{status}}`); anything else (e.g. a
 * ContractError: a bug, never the reader's fault) the module's `errors.unexpected`.
 */
export function loadErrorMessage(
  error: unknown,
  t: TFunction,
  refusal?: (error: ApiError) => string | undefined,
): string {
  if (error instanceof NetworkError) return t('common:networkError');
  if (error instanceof ApiError) {
    if (error.status >= 500) return t('common:serverError', { status: error.status });
    return refusal?.(error) ?? t('errors.requestFailed', { status: error.status });
  }
  return t('errors.unexpected');
}
