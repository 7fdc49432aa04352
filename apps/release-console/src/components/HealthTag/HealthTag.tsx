import { Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/useFormat.ts';
import type { ProbeTarget } from '../../health/probeModule.ts';
import { useModuleHealth } from '../../health/useModuleHealth.ts';

/** Reachable and how fast, or why not; and whether the files still match the release. */
export function HealthTag({ target, label }: { target: ProbeTarget; label?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data: health, isPending } = useModuleHealth(target);
  if (isPending || !health) return <Tag>{t('health.checking')}</Tag>;
  const reach = health.reachable ? (
    <Tag color="green">{t('health.ok', { time: format.milliseconds(health.loadMs ?? 0) })}</Tag>
  ) : (
    <Tooltip title={health.problem}>
      <Tag color="red">{health.status ? t('health.downStatus', { status: health.status }) : t('health.down')}</Tag>
    </Tooltip>
  );
  return (
    <Space size={4} wrap>
      {label && <Tag color="purple">{label}</Tag>}
      {reach}
      {health.integrity === 'intact' && <Tag color="green">{t('health.intact')}</Tag>}
      {health.integrity === 'changed' && (
        <Tooltip title={health.problem}>
          <Tag color="red">{t('health.changed')}</Tag>
        </Tooltip>
      )}
    </Space>
  );
}
