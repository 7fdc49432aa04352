import { Alert, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReleaseIssue, ReleaseValidation } from '@sw/contracts';

/** The validation verdict and every issue, rule by rule (the messages are the tool's, technical). */
export function ValidationReport({ validation }: { validation: ReleaseValidation }) {
  const { t } = useTranslation();
  const errors = validation.issues.filter((i) => i.severity === 'error');
  const warnings = validation.issues.length - errors.length;
  const verdict = !validation.ok
    ? t('validation.failed', { count: errors.length })
    : warnings
      ? t('validation.okWarnings', { count: warnings })
      : t('validation.ok');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert type={validation.ok ? (warnings ? 'warning' : 'success') : 'error'} showIcon title={verdict} />
      {validation.issues.length > 0 && <IssueList issues={validation.issues} />}
    </Space>
  );
}

export function IssueList({ issues }: { issues: ReleaseIssue[] }) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      dataSource={issues}
      renderItem={(issue) => (
        <List.Item>
          <Space align="start" wrap>
            <Tag color={issue.severity === 'error' ? 'red' : 'gold'}>{t(`validation.${issue.severity}`)}</Tag>
            <Tag>{t(`validation.rules.${issue.rule}`)}</Tag>
            <Typography.Text>{issue.message}</Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}
