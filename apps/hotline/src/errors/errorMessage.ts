import type { TFunction } from 'i18next';
import type { ApiError } from '@sw/api-client';
import { loadErrorMessage } from '@sw/module-kit';

/** The hotline's words for a refusal: sign in, not allowed, slow down, or by its problem code. */
export function refusalMessage(t: TFunction): (error: ApiError) => string {
  return (error) => {
    if (error.status === 401) return t('errors.signIn');
    if (error.status === 403) return t('errors.forbidden');
    if (error.status === 429) return t('errors.rateLimited');
    return t(`errors.codes.${error.code}`, { defaultValue: t('errors.requestFailed', { status: error.status }) });
  };
}

/** A failed request in words: the network, the server, or a refusal (by its problem code when we know it). */
export function errorMessage(error: unknown, t: TFunction): string {
  return loadErrorMessage(error, t, refusalMessage(t));
}
