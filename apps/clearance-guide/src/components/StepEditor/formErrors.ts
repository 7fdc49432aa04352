import type { TFunction } from 'i18next';

/** An error path from zod or the API (`content.documents.0.copies`) as an antd form field name. */
export const fieldName = (path: string): Array<string | number> =>
  path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * A field error in the reader's language, from the path and the stable issue code (the API's
 * English message is for developers). Unknown cases get a general "check this value".
 */
export function fieldMessage(t: TFunction, path: string, code: string | undefined): string {
  const last = path.split('.').at(-1) ?? '';
  if (code === 'invalid_format' || code === 'invalid_string') {
    if (last === 'email') return t('validation.email');
    if (last === 'phone') return t('validation.phone');
    return t('validation.url');
  }
  if (code === 'too_small')
    return last === 'zh-CN' || last === 'zh-HK' || last === 'en' || last === 'note'
      ? t('validation.required')
      : t('validation.tooSmall');
  if (code === 'too_big') return t('validation.tooBig');
  if (code === 'invalid_type') return t('validation.required');
  if (code === 'custom' && last === 'comment') return t('validation.comment');
  return t('validation.check');
}
