import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@sw/api-client';
import type { ReleaseIssue } from '@sw/contracts';
import { IssueList } from '../ValidationReport/ValidationReport.tsx';

/**
 * Why a promote or rollback was refused, in the reader's language: a conflict (someone else changed
 * production first), a validation failure (each problem listed), a rule, or anything else.
 */
export function ActionError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : undefined;
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'release.invalid' && error instanceof ApiError) {
    const issues: ReleaseIssue[] = (error.problem.errors ?? []).map((e) => ({
      severity: 'error',
      rule: (e.code ?? 'schema') as ReleaseIssue['rule'],
      message: e.message,
    }));
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={t('errors.invalid')}
        description={<IssueList issues={issues} />}
      />
    );
  }
  const message =
    code === 'release.conflict'
      ? t('errors.conflict')
      : code === 'release.not_allowed' || code === 'release.not_found'
        ? t('errors.notAllowed', { detail })
        : code === 'auth.forbidden' || code === 'auth.required'
          ? t('errors.forbidden')
          : t('errors.failed', { detail });
  return <Alert type="error" showIcon role="alert" title={message} />;
}
