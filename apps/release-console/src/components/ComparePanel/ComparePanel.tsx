import { Alert, Flex, Form, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDiff, useOverview } from '../../api/useReleases.ts';
import { useFormat } from '../../format/useFormat.ts';
import { ChangeList } from '../ChangeList/ChangeList.tsx';

/** The differences between any two stored releases (default: production against staging). */
export function ComparePanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const overview = useOverview();
  const channel = (name: string) => overview.data?.channels.find((c) => c.channel === name)?.releaseId;
  const [picked, setPicked] = useState<{ from?: string; to?: string }>({});
  const from = picked.from ?? channel('production');
  const to = picked.to ?? channel('staging');
  const diff = useDiff(from, to);
  if (overview.isPending) return <Skeleton active />;
  if (overview.isError) return <Alert type="error" showIcon title={t('errors.load')} />;
  const options = overview.data.releases.map((r) => ({
    value: r.id,
    label: `${r.id} · ${format.dateTime(r.createdAt)}${r.notes ? ` · ${r.notes}` : ''}`,
  }));
  return (
    <Flex vertical gap={16}>
      <Form layout="inline">
        <Form.Item label={t('compare.from')} htmlFor="compare-from">
          <Select
            id="compare-from"
            style={{ minWidth: 280 }}
            value={from}
            options={options}
            onChange={(v) => setPicked({ ...picked, from: v })}
          />
        </Form.Item>
        <Form.Item label={t('compare.to')} htmlFor="compare-to">
          <Select
            id="compare-to"
            style={{ minWidth: 280 }}
            value={to}
            options={options}
            onChange={(v) => setPicked({ ...picked, to: v })}
          />
        </Form.Item>
      </Form>
      {!from || !to || from === to ? (
        <Typography.Text type="secondary">{t('compare.pick')}</Typography.Text>
      ) : diff.data ? (
        <ChangeList changes={diff.data.changes} />
      ) : (
        <Skeleton active paragraph={{ rows: 3 }} />
      )}
    </Flex>
  );
}
