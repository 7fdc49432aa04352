import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Empty, Flex, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChannel, useRelease } from '../../api/useReleases.ts';
import { ModuleTable } from '../ModuleTable/ModuleTable.tsx';
import { ReleaseFacts } from '../ReleaseFacts/ReleaseFacts.tsx';

/** What the portal serves now: production's release, each module's version and health. */
export function LivePanel() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const production = useChannel('production');
  const release = useRelease(production.state?.releaseId);
  if (production.isPending) return <Skeleton active />;
  if (production.isError) return <Alert type="error" showIcon title={t('errors.load')} />;
  if (!production.state) return <Empty description={t('live.none')} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('live.heading', { id: production.state.releaseId })}
        </Typography.Title>
        <Button onClick={() => void client.invalidateQueries({ queryKey: ['release-health'] })}>
          {t('live.recheck')}
        </Button>
      </Flex>
      <ReleaseFacts state={production.state} manifest={release.data} />
      {release.isPending ? <Skeleton active /> : release.data && <ModuleTable manifest={release.data} />}
      <Typography.Text type="secondary">{t('live.healthNote')}</Typography.Text>
    </Space>
  );
}
