import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Objection, ObjectionCreateRequest } from '@sw/contracts';
import { useLocale } from '@sw/module-kit';
import { useLodgeObjection } from '../../api/useObjections.ts';
import { useApiErrorText } from '../../errors/useApiErrorText.ts';

interface ObjectionValues {
  reason: string;
  name?: string;
  organisation?: string;
  email?: string;
  phone?: string;
}

const PHONE = /^\+?[0-9 ()-]{5,30}$/;

/** Anyone may object to a charge under publicity, with reasons; the answer is a reference to quote. */
export function ObjectionForm({ feeId }: { feeId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [form] = Form.useForm<ObjectionValues>();
  const lodge = useLodgeObjection(feeId);
  const errors = useApiErrorText();
  const [lodged, setLodged] = useState<Objection>();

  const submit = (values: ObjectionValues) => {
    const body: ObjectionCreateRequest = {
      reason: values.reason.trim(),
      locale,
      ...(values.name?.trim() ? { name: values.name.trim() } : {}),
      ...(values.organisation?.trim() ? { organisation: values.organisation.trim() } : {}),
      ...(values.email?.trim() || values.phone?.trim()
        ? {
            contact: {
              ...(values.email?.trim() ? { email: values.email.trim() } : {}),
              ...(values.phone?.trim() ? { phone: values.phone.trim() } : {}),
            },
          }
        : {}),
    };
    lodge.mutate(body, {
      onSuccess: (objection) => {
        setLodged(objection);
        form.resetFields();
      },
      onError: (error) => {
        const fields = errors.fieldErrors(error);
        form.setFields(
          Object.entries(fields).map(([path, message]) => ({
            name: (path === 'contact.email'
              ? 'email'
              : path === 'contact.phone'
                ? 'phone'
                : path) as keyof ObjectionValues,
            errors: [message],
          })),
        );
      },
    });
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark="optional" aria-label={t('objection.formLabel')}>
      {lodged && (
        <Alert
          type="success"
          showIcon
          role="status"
          style={{ marginBottom: 16 }}
          title={t('objection.lodged', { reference: lodged.reference })}
          description={t('objection.lodgedHint')}
        />
      )}
      {lodge.isError && !Object.keys(errors.fieldErrors(lodge.error)).length && (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={errors.message(lodge.error)} />
      )}
      <Form.Item
        name="reason"
        label={t('objection.reason')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required') },
          { min: 10, message: t('objection.reasonTooShort') },
          { max: 4000, message: t('validation.tooLong') },
        ]}
      >
        <Input.TextArea rows={4} showCount maxLength={4000} />
      </Form.Item>
      <Form.Item name="name" label={t('objection.name')} rules={[{ max: 100, message: t('validation.tooLong') }]}>
        <Input autoComplete="name" />
      </Form.Item>
      <Form.Item
        name="organisation"
        label={t('objection.organisation')}
        rules={[{ max: 200, message: t('validation.tooLong') }]}
      >
        <Input autoComplete="organization" />
      </Form.Item>
      <Form.Item name="email" label={t('objection.email')} rules={[{ type: 'email', message: t('validation.email') }]}>
        <Input type="email" autoComplete="email" />
      </Form.Item>
      <Form.Item name="phone" label={t('objection.phone')} rules={[{ pattern: PHONE, message: t('validation.phone') }]}>
        <Input type="tel" autoComplete="tel" />
      </Form.Item>
      <Typography.Paragraph type="secondary">{t('objection.privacy')}</Typography.Paragraph>
      <Button type="primary" htmlType="submit" loading={lodge.isPending}>
        {t('objection.submit')}
      </Button>
    </Form>
  );
}
