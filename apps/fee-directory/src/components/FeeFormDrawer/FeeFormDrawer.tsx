import { Alert, App, Button, Checkbox, Drawer, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FEE_CATEGORIES,
  FEE_CONDITIONS,
  FEE_UNITS,
  PORT_IDS,
  PRICING_TYPES,
  SHIPMENT_DIRECTIONS,
  type FeeItem,
  type Organisation,
} from '@sw/contracts';
import { useLocale } from '@sw/module-kit';
import { useCreateFee, useUpdateFee } from '../../api/useFeeWrites.ts';
import { useApiErrorText } from '../../errors/useApiErrorText.ts';
import { useFeeFormat } from '../../format/useFeeFormat.ts';
import { LocalizedFields } from './LocalizedFields.tsx';
import { createRequest, fieldNameOf, updateRequest, valuesFromItem, type FeeFormValues } from './feeFormValues.ts';

interface FeeFormDrawerProps {
  open: boolean;
  onClose(): void;
  /** The item to change; a new item when absent. */
  item?: FeeItem;
  /** For an admin creating an item: the organisations to choose from. */
  organisations?: readonly Organisation[];
  onSaved?(item: FeeItem): void;
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

/**
 * Create or change a charge. A new item is publicised first; raising an effective item's standard
 * is publicised as a pending change; a cut applies from its date. Nothing typed is lost on an error.
 */
export function FeeFormDrawer({ open, onClose, item, organisations, onSaved }: FeeFormDrawerProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFeeFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<FeeFormValues>();
  const create = useCreateFee();
  const update = useUpdateFee();
  const errors = useApiErrorText();
  const mutation = item ? update : create;
  const standardKind = Form.useWatch('standardKind', form);

  const initialValues = useMemo<Partial<FeeFormValues>>(
    () =>
      item
        ? valuesFromItem(item)
        : { standardKind: 'fixed', demo: false, ports: [], directions: [], effectiveFrom: '' },
    [item],
  );
  useEffect(() => {
    if (open) form.setFieldsValue(initialValues as FeeFormValues);
  }, [open, form, initialValues]);

  const showErrors = (error: unknown) => {
    const fields = errors.fieldErrors(error);
    form.setFields(
      Object.entries(fields).map(([path, text]) => ({ name: fieldNameOf(path) as never, errors: [text] })),
    );
  };

  const saved = (result: FeeItem) => {
    if (result.status === 'publicised' && result.publicity && !item) {
      void message.success(t('form.createdPublicised', { date: format.date(result.publicity.endsOn) }));
    } else if (result.pendingChange?.publicity) {
      void message.success(t('form.raisePublicised', { date: format.date(result.pendingChange.publicity.endsOn) }));
    } else if (result.pendingChange) {
      void message.success(t('form.cutScheduled', { date: format.date(result.pendingChange.effectiveFrom) }));
    } else {
      void message.success(t('form.saved'));
    }
    onSaved?.(result);
    onClose();
  };

  const submit = (values: FeeFormValues) => {
    if (!item) {
      create.mutate(createRequest(values), { onSuccess: saved, onError: showErrors });
      return;
    }
    const body = updateRequest(item, values);
    if (!body) {
      void message.info(t('form.nothingChanged'));
      return;
    }
    update.mutate({ id: item.id, body }, { onSuccess: saved, onError: showErrors });
  };

  const enumOptions = (values: readonly string[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  const apiMessage =
    mutation.isError && !Object.keys(errors.fieldErrors(mutation.error)).length
      ? errors.message(mutation.error)
      : undefined;

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={720}
      title={item ? t('form.editTitle', { name: item.name[locale] }) : t('form.createTitle')}
      destroyOnHidden={false}
      footer={
        <Space>
          <Button onClick={onClose}>{t('form.cancel')}</Button>
          <Button type="primary" loading={mutation.isPending} onClick={() => form.submit()}>
            {item ? t('form.save') : t('form.publicise')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{item ? t('form.editHint') : t('form.createHint')}</Typography.Paragraph>
      {apiMessage && <Alert type="error" showIcon role="alert" title={apiMessage} style={{ marginBottom: 16 }} />}
      <Form<FeeFormValues>
        form={form}
        name={item ? `fee-${item.id}` : 'fee-new'} // field ids stay unique when two drawers exist
        layout="vertical"
        initialValues={initialValues}
        onFinish={submit}
        onFinishFailed={() => void message.error(t('form.fixErrors'))}
        scrollToFirstError
      >
        {!item && organisations && (
          <Form.Item
            name="chargingBodyId"
            label={t('table.chargingBody')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              options={organisations.map((o) => ({ value: o.id, label: o.name[locale] }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="code"
          label={t('export.code')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            { pattern: CODE, message: t('validation.code') },
          ]}
        >
          <Input />
        </Form.Item>
        <LocalizedFields name={['name']} label={t('table.item')} max={200} />
        <Form.Item
          name="category"
          label={t('table.category')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Select options={enumOptions(FEE_CATEGORIES, 'categories')} />
        </Form.Item>
        <LocalizedFields name={['service']} label={t('table.service')} multiline />
        <Form.Item name="standardKind" label={t('form.standardKind')}>
          <Radio.Group
            options={[
              { value: 'fixed', label: t('form.fixed') },
              { value: 'formula', label: t('form.formula') },
            ]}
          />
        </Form.Item>
        {standardKind === 'formula' && (
          <LocalizedFields name={['formula']} label={t('form.formulaText')} multiline max={1000} />
        )}
        <Form.Item
          name="amount"
          label={standardKind === 'formula' ? t('form.indicativeAmount') : t('form.amount')}
          rules={standardKind === 'formula' ? [] : [{ required: true, message: t('validation.required') }]}
        >
          <InputNumber min={0} max={100_000_000} step={0.01} style={{ width: 200 }} addonAfter="CNY" />
        </Form.Item>
        <Space wrap size="middle" style={{ width: '100%' }}>
          <Form.Item
            name="unit"
            label={t('table.unit')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <Select style={{ minWidth: 200 }} options={enumOptions(FEE_UNITS, 'units')} />
          </Form.Item>
          <Form.Item
            name="pricingType"
            label={t('table.pricingType')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <Select style={{ minWidth: 200 }} options={enumOptions(PRICING_TYPES, 'pricingTypes')} />
          </Form.Item>
        </Space>
        <LocalizedFields name={['legalBasis', 'title']} label={t('table.legalBasis')} max={500} />
        <Form.Item
          name={['legalBasis', 'url']}
          label={t('export.legalBasisUrl')}
          rules={[{ type: 'url', message: t('validation.url') }]}
        >
          <Input type="url" placeholder="https://" />
        </Form.Item>
        <LocalizedFields name={['payment']} label={t('table.payment')} multiline />
        <Form.Item
          name="ports"
          label={t('table.ports')}
          rules={[{ required: true, type: 'array', min: 1, message: t('validation.required') }]}
        >
          <Select mode="multiple" options={enumOptions(PORT_IDS, 'ports')} optionFilterProp="label" />
        </Form.Item>
        <Form.Item
          name="effectiveFrom"
          label={item && item.status !== 'publicised' ? t('form.changeFrom') : t('detail.plannedStart')}
          extra={item && item.status !== 'publicised' ? t('form.changeFromHint') : t('form.startHint')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Input type="date" style={{ width: 200 }} />
        </Form.Item>
        <Space wrap size="middle" style={{ width: '100%' }}>
          <Form.Item name="directions" label={t('form.directions')}>
            <Checkbox.Group options={enumOptions(SHIPMENT_DIRECTIONS, 'directions')} />
          </Form.Item>
          <Form.Item name="condition" label={t('form.condition')}>
            <Select allowClear style={{ minWidth: 220 }} options={enumOptions(FEE_CONDITIONS, 'conditions')} />
          </Form.Item>
        </Space>
        <Form.Item
          name="source"
          label={t('common:source')}
          extra={t('form.sourceHint')}
          rules={[{ max: 2000, message: t('validation.tooLong') }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="demo" valuePropName="checked">
          <Checkbox>{t('form.demo')}</Checkbox>
        </Form.Item>
        {item && (
          <Form.Item name="note" label={t('form.note')} rules={[{ max: 500, message: t('validation.tooLong') }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
