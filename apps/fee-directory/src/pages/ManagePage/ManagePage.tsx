import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Result, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeeItem } from '@sw/contracts';
import { LoadError, ModuleLink, useLocale, useSession } from '@sw/module-kit';
import { useFees } from '../../api/useFees.ts';
import { useOrganisations } from '../../api/useOrganisations.ts';
import { FeeFormDrawer } from '../../components/FeeFormDrawer/FeeFormDrawer.tsx';
import { FeeStandard } from '../../components/FeeStandard/FeeStandard.tsx';
import { FeeStatusTag } from '../../components/FeeStatusTag/FeeStatusTag.tsx';
import { ImportDialog } from '../../components/ImportDialog/ImportDialog.tsx';
import { useFeeFormat } from '../../format/useFeeFormat.ts';
import { FEE_PATHS } from '../../navigation/paths.ts';
import { TAG_COLORS } from '../../theme/accessibleColors.ts';

/**
 * An operator's own charges (an admin picks the organisation): publicise new ones, change, withdraw
 * and import a whole list. Signing in is the frame's job (its demo login in development).
 */
export function ManagePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFeeFormat();
  const titleId = useId();
  const user = useSession();
  const isAdmin = user?.role === 'admin';
  const fees = useFees();
  const organisations = useOrganisations(isAdmin);
  const [chosen, setChosen] = useState<string>();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<FeeItem>();
  const [importing, setImporting] = useState(false);
  const organisationId = isAdmin ? chosen : user?.organisationId;
  const own = useMemo(
    () => (fees.data?.items ?? []).filter((item) => item.chargingBody.id === organisationId),
    [fees.data, organisationId],
  );

  if (!user || (user.role !== 'operator' && user.role !== 'admin')) {
    return <Result status="403" title={t('manage.signInTitle')} subTitle={t('manage.signInHint')} />;
  }

  const columns: TableColumnsType<FeeItem> = [
    {
      key: 'item',
      title: t('table.item'),
      render: (_, item) => (
        <>
          <ModuleLink to={FEE_PATHS.item(item.id)}>{item.name[locale]}</ModuleLink>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {item.code}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'standard',
      title: t('table.standard'),
      width: 200,
      render: (_, item) => <FeeStandard standard={item.standard} />,
    },
    { key: 'unit', title: t('table.unit'), width: 120, render: (_, item) => t(`units.${item.unit}`) },
    {
      key: 'status',
      title: t('table.status'),
      width: 220,
      render: (_, item) => (
        <>
          <FeeStatusTag status={item.status} />
          {item.publicity && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('manage.publicityUntil', { date: format.date(item.publicity.endsOn) })}
            </Typography.Text>
          )}
          {item.pendingChange && (
            <Tag color={TAG_COLORS.gold} style={{ marginTop: 4 }}>
              {t(item.pendingChange.publicity ? 'table.raisePending' : 'manage.cutScheduled')}
            </Tag>
          )}
        </>
      ),
    },
    {
      key: 'actions',
      title: t('manage.actions'),
      width: 110,
      render: (_, item) =>
        item.status === 'abolished' || item.status === 'withdrawn' ? null : (
          <Button
            size="small"
            onClick={() => setEditing(item)}
            aria-label={`${t('actions.edit')}: ${item.name[locale]}`}
          >
            {t('actions.edit')}
          </Button>
        ),
    },
  ];

  const organisationName =
    own[0]?.chargingBody.name[locale] ??
    organisations.data?.find((o) => o.id === organisationId)?.name[locale] ??
    organisationId;
  return (
    <section aria-labelledby={titleId}>
      <Typography.Title id={titleId} level={2} style={{ marginTop: 0 }}>
        {t('manage.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('manage.intro')}</Typography.Paragraph>
      <Flex wrap gap={12} justify="space-between" align="center" style={{ marginBottom: 12 }}>
        {isAdmin ? (
          <Select
            aria-label={t('table.chargingBody')}
            placeholder={t('manage.chooseOrganisation')}
            style={{ minWidth: 320 }}
            value={chosen}
            onChange={setChosen}
            showSearch
            optionFilterProp="label"
            options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name[locale] }))}
          />
        ) : (
          <Typography.Text strong>{organisationName}</Typography.Text>
        )}
        <Space wrap>
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            disabled={!organisationId}
            onClick={() => setCreating(true)}
          >
            {t('manage.create')}
          </Button>
          <Button icon={<UploadOutlined aria-hidden />} disabled={!organisationId} onClick={() => setImporting(true)}>
            {t('manage.import')}
          </Button>
        </Space>
      </Flex>
      {fees.isError ? (
        <LoadError
          title={t('errors.title')}
          error={fees.error}
          onRetry={() => void fees.refetch()}
          retrying={fees.isFetching}
        />
      ) : (
        <Table<FeeItem>
          rowKey="id"
          columns={columns}
          dataSource={own}
          loading={fees.isLoading}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 800 }}
          aria-label={t('manage.title')}
          locale={{ emptyText: organisationId ? t('manage.empty') : t('manage.chooseOrganisation') }}
        />
      )}
      <FeeFormDrawer
        open={creating}
        onClose={() => setCreating(false)}
        {...(isAdmin && organisations.data
          ? { organisations: organisations.data.filter((o) => o.id === organisationId) }
          : {})}
      />
      {editing && <FeeFormDrawer open onClose={() => setEditing(undefined)} item={editing} />}
      <ImportDialog
        open={importing}
        onClose={() => setImporting(false)}
        current={own}
        {...(isAdmin && organisationId ? { chargingBodyId: organisationId } : {})}
      />
    </section>
  );
}
