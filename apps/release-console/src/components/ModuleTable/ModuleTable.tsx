import { Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReleaseManifest, ReleaseModule } from '@sw/contracts';
import { moduleDisplayName } from '@sw/i18n';
import { useLocale } from '@sw/module-kit';
import { HealthTag } from '../HealthTag/HealthTag.tsx';

/** Each module of a release: version (and canary), applications, integrity, and health from this browser. */
export function ModuleTable({ manifest }: { manifest: ReleaseManifest }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Table<ReleaseModule>
      rowKey="name"
      size="middle"
      pagination={false}
      dataSource={manifest.modules}
      scroll={{ x: 900 }}
      columns={[
        {
          key: 'module',
          title: t('modules.module'),
          render: (_, m) => (
            <Space orientation="vertical" size={0}>
              <Typography.Text strong>{moduleDisplayName(locale, m.name)}</Typography.Text>
              <Typography.Text type="secondary" code>
                {m.name}
              </Typography.Text>
            </Space>
          ),
        },
        {
          key: 'version',
          title: t('modules.version'),
          render: (_, m) => (
            <Space orientation="vertical" size={4}>
              <Typography.Text code>{m.version}</Typography.Text>
              {m.canary && (
                <Tag color="purple">
                  {t('modules.canary', { version: m.canary.version, percent: m.canary.percent })}
                </Tag>
              )}
            </Space>
          ),
        },
        {
          key: 'apps',
          title: t('modules.apps'),
          render: (_, m) =>
            m.apps.map((app) => <div key={app.expose}>{app.route ?? t('modules.slot', { slot: app.slot })}</div>),
        },
        {
          key: 'integrity',
          title: t('modules.integrity'),
          render: (_, m) =>
            m.integrity ? (
              <Tag color="blue">{t('modules.hashed')}</Tag>
            ) : (
              <Tag color="orange">{t('modules.unhashed')}</Tag>
            ),
        },
        {
          key: 'health',
          title: t('modules.health'),
          render: (_, m) => (
            <Space orientation="vertical" size={4}>
              <HealthTag target={{ entry: m.entry, integrity: m.integrity }} />
              {m.canary && (
                <HealthTag
                  target={{ entry: m.canary.entry, integrity: m.canary.integrity }}
                  label={`${t('health.canaryLabel')} ${m.canary.version}`}
                />
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
