import { Alert, App, Button, Drawer, Flex, Form, Input, InputNumber, Select, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@sw/api-client';
import {
  CLOCK_START_EVENTS,
  SERVICE_OPERATIONS,
  TIME_UNITS,
  shenzhenDate,
  type LocalizedText,
  type ServiceOperation,
  type ServiceStandard,
  type Terminal,
} from '@sw/contracts';
import { usePublishStandard } from '../../api/usePublishStandard.ts';
import { writeErrorMessage } from '../../errors/writeErrorMessage.ts';
import { initialFormValues, toPublishRequest, type PublishFormValues } from '../../publish/publishForm.ts';
import { LocalizedTextFields } from '../LocalizedTextFields/LocalizedTextFields.tsx';

export interface PublishTarget {
  operation: ServiceOperation;
  /** The latest version, for a new version of it; absent for a first publication. */
  basis: ServiceStandard | undefined;
}

interface PublishStandardDrawerProps {
  terminal: Terminal;
  /** What to publish; the drawer is closed without it. */
  target: PublishTarget | undefined;
  /** The terminal's force-majeure wording, offered for a first publication. */
  forceMajeure: LocalizedText | undefined;
  onClose(): void;
}

/** Server-side field messages by code, in the reader's language; others fall back to a generic one. */
const FIELD_MESSAGES: Record<string, string> = {
  'service_standard.backdated': 'publish.errors.backdated',
};

/**
 * The form a terminal's operator (or the admin) publishes a standard with: every published column
 * in three languages. Nothing typed is lost on an error; the fields the API refused are marked.
 */
export function PublishStandardDrawer({ terminal, target, forceMajeure, onClose }: PublishStandardDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PublishFormValues>();
  const publish = usePublishStandard(terminal.id);
  const [formError, setFormError] = useState<string>();
  const today = shenzhenDate(new Date());
  // One key per set of values: resending the same values (after a lost answer) cannot publish twice.
  const idempotencyKey = useRef<string>(undefined);
  const loadedFor = useRef<string>(undefined);

  const targetKey = target ? `${target.operation}/${target.basis?.version ?? 0}` : undefined;
  useEffect(() => {
    // A different standard starts a fresh form; reopening the same one keeps what was typed.
    if (!target || loadedFor.current === targetKey) return;
    loadedFor.current = targetKey;
    form.resetFields();
    form.setFieldsValue(initialFormValues(target.operation, target.basis, today, forceMajeure));
    setFormError(undefined);
    idempotencyKey.current = undefined;
  }, [target, targetKey, form, today, forceMajeure]);

  const submit = async (values: PublishFormValues) => {
    setFormError(undefined);
    idempotencyKey.current ??= crypto.randomUUID();
    try {
      const published = await publish.mutateAsync({
        body: toPublishRequest(values),
        idempotencyKey: idempotencyKey.current,
      });
      void message.success(
        t('publish.done', { operation: t(`operations.${published.operation}`), version: published.version }),
      );
      loadedFor.current = undefined;
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.problem.errors?.length) {
        form.setFields(
          error.problem.errors.map((fieldError) => ({
            name: fieldError.path.split('.') as never,
            errors: [
              t(FIELD_MESSAGES[fieldError.code ?? ''] ?? 'publish.errors.invalidValue', {
                today,
                detail: fieldError.message,
              }),
            ],
          })),
        );
      }
      setFormError(writeErrorMessage(error, t));
    }
  };

  const operation = target ? t(`operations.${target.operation}`) : '';
  return (
    <Drawer
      open={target !== undefined}
      onClose={onClose}
      size={640}
      title={
        target?.basis
          ? t('publish.titleNewVersion', { operation, terminal: terminal.shortName, version: target.basis.version + 1 })
          : t('publish.titleFirst', { operation, terminal: terminal.shortName })
      }
      footer={
        <Flex justify="flex-end">
          <Space>
            <Button onClick={onClose}>{t('publish.cancel')}</Button>
            <Button type="primary" loading={publish.isPending} onClick={() => form.submit()}>
              {t('publish.submit')}
            </Button>
          </Space>
        </Flex>
      }
    >
      {formError && <Alert type="error" showIcon role="alert" title={formError} style={{ marginBottom: 16 }} />}
      <Form<PublishFormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={() => {
          idempotencyKey.current = undefined;
        }}
        scrollToFirstError
        requiredMark
      >
        <Form.Item name="operation" label={t('publish.operation')} rules={[{ required: true }]}>
          <Select disabled options={SERVICE_OPERATIONS.map((value) => ({ value, label: t(`operations.${value}`) }))} />
        </Form.Item>
        <LocalizedTextFields name="process" label={t('standards.process')} maxLength={2000} rows={3} />
        <Flex gap={12} wrap>
          <Form.Item
            name={['timeLimit', 'value']}
            label={t('publish.limitValue')}
            style={{ flex: '1 1 160px' }}
            rules={[
              { required: true, message: t('publish.errors.required') },
              {
                validator: async (_, value?: number | null) => {
                  if (value === undefined || value === null) return;
                  if (!(value > 0) || !Number.isInteger(Math.round(value * 1e6) / 1e5)) {
                    throw new Error(t('publish.errors.limitValue'));
                  }
                },
              },
            ]}
          >
            <InputNumber min={0.1} max={10000} step={1} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name={['timeLimit', 'unit']} label={t('publish.limitUnit')} style={{ flex: '1 1 140px' }}>
            <Select options={TIME_UNITS.map((value) => ({ value, label: t(`units.${value}`) }))} />
          </Form.Item>
          <Form.Item
            name="clockStart"
            label={t('publish.clockStart')}
            style={{ flex: '2 1 240px' }}
            rules={[{ required: true, message: t('publish.errors.required') }]}
          >
            <Select options={CLOCK_START_EVENTS.map((value) => ({ value, label: t(`clockStarts.${value}`) }))} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item
            name="commitmentPercent"
            label={t('publish.commitment')}
            extra={t('publish.commitmentHint')}
            style={{ flex: '1 1 200px' }}
            rules={[
              { required: true, message: t('publish.errors.required') },
              { type: 'number', min: 50, max: 100, message: t('publish.errors.commitmentRange') },
            ]}
          >
            <InputNumber min={50} max={100} step={1} suffix="%" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="effectiveFrom"
            label={t('publish.effectiveFrom')}
            extra={t('publish.effectiveFromHint')}
            style={{ flex: '1 1 200px' }}
            rules={[
              { required: true, message: t('publish.errors.required') },
              {
                validator: async (_, value?: string) => {
                  if (value && value < today) throw new Error(t('publish.errors.backdated', { today }));
                },
              },
            ]}
          >
            <Input type="date" min={today} />
          </Form.Item>
        </Flex>
        <LocalizedTextFields name="conditions" label={t('standards.conditions')} maxLength={2000} />
        <LocalizedTextFields name="forceMajeure" label={t('standards.forceMajeure')} maxLength={2000} />
        <LocalizedTextFields name="changeNote" label={t('publish.changeNote')} required={false} maxLength={500} />
      </Form>
    </Drawer>
  );
}
