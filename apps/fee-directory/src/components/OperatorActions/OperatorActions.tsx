import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeeItem, FeeStatus } from '@sw/contracts';
import { useUpdateFee, useWithdrawPendingChange } from '../../api/useFeeWrites.ts';
import { useApiErrorText } from '../../errors/useApiErrorText.ts';
import { FeeFormDrawer } from '../FeeFormDrawer/FeeFormDrawer.tsx';

/** What an item's own operator (or an admin) may do with it: edit, withdraw, withdraw a pending change. */
export function OperatorActions({ item }: { item: FeeItem }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const update = useUpdateFee();
  const dropChange = useWithdrawPendingChange();
  const errors = useApiErrorText();
  const final = item.status === 'abolished' || item.status === 'withdrawn';
  // A publicised item is withdrawn; one in force is abolished (stops being charged).
  const end: FeeStatus = item.status === 'publicised' ? 'withdrawn' : 'abolished';
  const fail = (error: unknown) => void message.error(errors.message(error));

  if (final) return null;
  return (
    <Space wrap>
      <Button onClick={() => setEditing(true)}>{t('actions.edit')}</Button>
      {item.status === 'effective' && (
        <Button onClick={() => update.mutate({ id: item.id, body: { status: 'suspended' } }, { onError: fail })}>
          {t('actions.suspend')}
        </Button>
      )}
      {item.status === 'suspended' && (
        <Button onClick={() => update.mutate({ id: item.id, body: { status: 'effective' } }, { onError: fail })}>
          {t('actions.resume')}
        </Button>
      )}
      {item.pendingChange && (
        <Popconfirm
          title={t('actions.withdrawChangeConfirm')}
          okText={t('actions.withdrawChange')}
          cancelText={t('form.cancel')}
          onConfirm={() =>
            dropChange.mutate(item.id, {
              onError: fail,
              onSuccess: () => void message.success(t('actions.changeWithdrawn')),
            })
          }
        >
          <Button loading={dropChange.isPending}>{t('actions.withdrawChange')}</Button>
        </Popconfirm>
      )}
      <Popconfirm
        title={t(end === 'withdrawn' ? 'actions.withdrawConfirm' : 'actions.abolishConfirm')}
        okText={t(end === 'withdrawn' ? 'actions.withdraw' : 'actions.abolish')}
        okButtonProps={{ danger: true }}
        cancelText={t('form.cancel')}
        onConfirm={() =>
          update.mutate(
            { id: item.id, body: { status: end } },
            { onError: fail, onSuccess: () => void message.success(t(`statuses.${end}`)) },
          )
        }
      >
        <Button danger loading={update.isPending}>
          {t(end === 'withdrawn' ? 'actions.withdraw' : 'actions.abolish')}
        </Button>
      </Popconfirm>
      <FeeFormDrawer open={editing} onClose={() => setEditing(false)} item={item} />
    </Space>
  );
}
