import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, NetworkError } from '@sw/api-client';

/** Problem codes with their own sentence in `apiErrors` (dots as underscores; the rest get a general one by status). */
const KNOWN_CODES = [
  'auth.required',
  'auth.invalid_token',
  'auth.forbidden',
  'fee.not_found',
  'fee.code_taken',
  'fee.id_taken',
  'fee.invalid_transition',
  'fee.objections_open',
  'fee.not_publicised',
  'fee.publicity_running',
  'fee.publicity_closed',
  'fee.change_pending',
  'fee.no_pending_change',
  'fee.not_editable',
  'objection.already_resolved',
  'rate_limited',
  'validation.failed',
] as const;

const ISSUE_TEXTS: Record<string, string> = {
  invalid_value: 'validation.invalidOption',
  too_small: 'validation.required',
  too_big: 'validation.tooLong',
  invalid_format: 'validation.invalidFormat',
  invalid_type: 'validation.required',
  unrecognized_keys: 'validation.invalid',
  duplicate: 'validation.duplicateCode',
  'fee.code_taken': 'validation.codeTaken',
};

/**
 * API errors in the reader's language: one sentence for the error, and the field errors of a 400
 * by path (`name.en`, `items.3.ports.0`), so forms can show them beside their fields.
 */
export function useApiErrorText() {
  const { t } = useTranslation();
  const message = useCallback(
    (error: unknown): string => {
      if (error instanceof NetworkError) return t('common:networkError');
      if (error instanceof ApiError) {
        if ((KNOWN_CODES as readonly string[]).includes(error.code))
          return t(`apiErrors.${error.code.replaceAll('.', '_')}`);
        if (error.status >= 500) return t('common:serverError', { status: error.status });
        return t('errors.requestFailed', { status: error.status });
      }
      return t('errors.unexpected');
    },
    [t],
  );
  const fieldErrors = useCallback(
    (error: unknown): Record<string, string> => {
      if (!(error instanceof ApiError) || error.status !== 400) return {};
      return Object.fromEntries(
        (error.problem.errors ?? []).map((e) => [e.path, t(ISSUE_TEXTS[e.code ?? ''] ?? 'validation.invalid')]),
      );
    },
    [t],
  );
  return { message, fieldErrors };
}
