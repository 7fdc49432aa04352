import { Alert, App, Button, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReleaseHistoryEntry } from '@sw/contracts';
import { useProductionChange } from '../../api/useReleaseActions.ts';
import { useDiff, useHistory, useOverview } from '../../api/useReleases.ts';
import { useFormat } from '../../format/useFormat.ts';
import { ActionError } from '../ActionError/ActionError.tsx';
import { ChangeList } from '../ChangeList/ChangeList.tsx';
import { ConfirmChange } from '../ConfirmChange/ConfirmChange.tsx';

/** Every change of both channels, newest first; production's earlier releases can be rolled back to. */
export function HistoryPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const overview = useOverview();
  const history = useHistory();
  const production = overview.data?.channels.find((c) => c.channel === 'production');
  const [target, setTarget] = useState<string>();
  const diff = useDiff(production?.releaseId, target);
  const rollback = useProductionChange('rollback');

  if (history.isPending || overview.isPending) return <Skeleton active />;
  if (history.isError || overview.isError) return <Alert type="error" showIcon title={t('errors.load')} />;
  const entries = history.data.items;
  // One rollback button per earlier production release: on its latest entry.
  const latestLive = new Map<string, ReleaseHistoryEntry>();
  for (const entry of entries) {
    if (entry.channel === 'production' && !latestLive.has(entry.releaseId)) latestLive.set(entry.releaseId, entry);
  }
  const confirm = (note: string | undefined) =>
    rollback.mutate(
      { releaseId: target!, expectedRevision: production?.revision ?? 0, ...(note ? { note } : {}) },
      {
        onSuccess: (state) => void message.success(t('history.rolledBack', { id: state.releaseId })),
        onSettled: () => setTarget(undefined),
      },
    );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ActionError error={rollback.error} />
      <Table<ReleaseHistoryEntry>
        rowKey={(e) => `${e.channel}-${e.revision}`}
        size="middle"
        dataSource={entries}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('history.empty') }}
        scroll={{ x: 900 }}
        columns={[
          { key: 'when', title: t('history.when'), render: (_, e) => format.dateTime(e.at) },
          {
            key: 'channel',
            title: t('history.channel'),
            render: (_, e) => (
              <Tag color={e.channel === 'production' ? 'blue' : 'default'}>{t(`channels.${e.channel}`)}</Tag>
            ),
          },
          { key: 'action', title: t('history.action'), render: (_, e) => t(`actions.${e.action}`) },
          {
            key: 'release',
            title: t('history.release'),
            render: (_, e) => (
              <Space size={4} wrap>
                {e.previousReleaseId && (
                  <>
                    <Typography.Text code>{e.previousReleaseId}</Typography.Text>→
                  </>
                )}
                <Typography.Text code>{e.releaseId}</Typography.Text>
                {e.channel === 'production' &&
                  e.releaseId === production?.releaseId &&
                  e.revision === production.revision && <Tag color="green">{t('history.live')}</Tag>}
              </Space>
            ),
          },
          { key: 'by', title: t('history.by'), render: (_, e) => e.actor },
          { key: 'note', title: t('history.note'), render: (_, e) => e.note },
          {
            key: 'rollback',
            title: '',
            render: (_, e) =>
              latestLive.get(e.releaseId) === e && e.releaseId !== production?.releaseId ? (
                <Button
                  size="small"
                  danger
                  onClick={() => {
                    rollback.reset();
                    setTarget(e.releaseId);
                  }}
                >
                  {t('history.rollbackTo', { id: e.releaseId })}
                </Button>
              ) : null,
          },
        ]}
      />
      <ConfirmChange
        open={target !== undefined}
        title={t('history.rollbackTitle', { id: target })}
        okText={t('history.rollback')}
        busy={rollback.isPending}
        onConfirm={confirm}
        onCancel={() => setTarget(undefined)}
      >
        <Typography.Paragraph>{t('history.rollbackBody')}</Typography.Paragraph>
        {diff.data ? <ChangeList changes={diff.data.changes} /> : <Skeleton active paragraph={{ rows: 2 }} />}
      </ConfirmChange>
    </Space>
  );
}
