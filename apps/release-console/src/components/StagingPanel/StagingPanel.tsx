import { Alert, App, Button, Card, Empty, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProductionChange } from '../../api/useReleaseActions.ts';
import { useDiff, useOverview, useRelease, useValidation } from '../../api/useReleases.ts';
import { ActionError } from '../ActionError/ActionError.tsx';
import { ChangeList } from '../ChangeList/ChangeList.tsx';
import { ConfirmChange } from '../ConfirmChange/ConfirmChange.tsx';
import { ModuleTable } from '../ModuleTable/ModuleTable.tsx';
import { ReleaseFacts } from '../ReleaseFacts/ReleaseFacts.tsx';
import { ValidationReport } from '../ValidationReport/ValidationReport.tsx';

/**
 * The release waiting on staging: what it changes against production, whether it validates, and
 * Promote. The promote carries the production revision shown here, so a change made meanwhile by
 * someone else is refused rather than overwritten.
 */
export function StagingPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const overview = useOverview();
  const staging = overview.data?.channels.find((c) => c.channel === 'staging');
  const production = overview.data?.channels.find((c) => c.channel === 'production');
  const candidate = staging && staging.releaseId !== production?.releaseId ? staging.releaseId : undefined;
  const release = useRelease(candidate);
  const diff = useDiff(production?.releaseId, candidate);
  const validation = useValidation(candidate);
  const promote = useProductionChange('promote');
  const [confirming, setConfirming] = useState(false);

  if (overview.isPending) return <Skeleton active />;
  if (overview.isError) return <Alert type="error" showIcon title={t('errors.load')} />;
  // The outcome of a promote stays in view even when the refetched state changes the panel.
  const outcome = <ActionError error={promote.error} />;
  if (!staging || !candidate) {
    return (
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {outcome}
        {staging ? <Alert type="info" showIcon title={t('staging.same')} /> : <Empty description={t('staging.none')} />}
      </Space>
    );
  }

  const confirm = (note: string | undefined) =>
    promote.mutate(
      { releaseId: candidate, expectedRevision: production?.revision ?? 0, ...(note ? { note } : {}) },
      {
        onSuccess: (state) => void message.success(t('staging.promoted', { id: state.releaseId })),
        onSettled: () => setConfirming(false),
      },
    );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('staging.heading', { id: candidate })}
      </Typography.Title>
      <ReleaseFacts state={staging} manifest={release.data} />
      <Card size="small" title={t('staging.changes')}>
        {diff.data ? <ChangeList changes={diff.data.changes} /> : <Skeleton active paragraph={{ rows: 2 }} />}
      </Card>
      <Card size="small" title={t('staging.validation')}>
        {validation.data ? (
          <ValidationReport validation={validation.data} />
        ) : (
          <Typography.Text type="secondary">{t('validation.checking')}</Typography.Text>
        )}
      </Card>
      {outcome}
      <Button
        type="primary"
        size="large"
        disabled={!validation.data?.ok}
        title={validation.data && !validation.data.ok ? t('staging.blocked') : undefined}
        onClick={() => {
          promote.reset();
          setConfirming(true);
        }}
      >
        {t('staging.promote')}
      </Button>
      {release.data && <ModuleTable manifest={release.data} />}
      <ConfirmChange
        open={confirming}
        title={t('staging.promoteTitle', { id: candidate })}
        okText={t('staging.promote')}
        busy={promote.isPending}
        onConfirm={confirm}
        onCancel={() => setConfirming(false)}
      >
        <Typography.Paragraph>{t('staging.promoteBody')}</Typography.Paragraph>
        {diff.data && <ChangeList changes={diff.data.changes} />}
      </ConfirmChange>
    </Space>
  );
}
