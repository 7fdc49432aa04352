import { CloseOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Flex, Form, Input, Radio, Typography } from 'antd';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_DESCRIPTION_LIMITS,
  COMPLAINT_EMAIL_MAX,
  COMPLAINT_NAME_MAX,
  COMPLAINT_TYPES,
  COMPLAINT_UNIT_FOR_CATEGORY,
  LOCALES,
} from '@sw/contracts';
import { ToneTag } from '@sw/ui';
import type { ComplaintDraft } from '../../intake/draft.ts';
import type { FieldProblem, FormErrors, FormField } from '../../intake/validation.ts';
import { AttachmentField } from '../AttachmentField/AttachmentField.tsx';
import { PhoneField } from '../PhoneField/PhoneField.tsx';
import { PrivacyNotice } from '../PrivacyNotice/PrivacyNotice.tsx';

const LANGUAGE_NAMES = { 'zh-CN': '简体中文', 'zh-HK': '繁體中文', en: 'English' } as const;

interface ComplaintFormProps {
  draft: ComplaintDraft;
  /** Errors to show now (fields touched, or all after a submit attempt). */
  errors: FormErrors;
  onChange(patch: Partial<ComplaintDraft>): void;
  onBlur(field: FormField): void;
  onAddFile(file: File): void;
  onRemoveFile(id: string): void;
  onSubmit(): void;
  onDiscard(): void;
  /** While a submission is on its way the form is read-only. */
  locked: boolean;
  status?: ReactNode;
  /** Changes after each refused submit: the first field with an error gets the focus. */
  focusRequest?: number;
}

const FIELD_ORDER: FormField[] = [
  'type',
  'category',
  'relatedItem',
  'description',
  'attachments',
  'name',
  'phone',
  'email',
  'consent',
];

/**
 * The complaint, enquiry or suggestion form. Every field has a visible label and its error beside
 * it in the reader's language; the form works with the keyboard alone, and nothing typed is lost.
 */
export function ComplaintForm(props: ComplaintFormProps) {
  const {
    draft,
    errors,
    onChange,
    onBlur,
    onAddFile,
    onRemoveFile,
    onSubmit,
    onDiscard,
    locked,
    status,
    focusRequest,
  } = props;
  const { t } = useTranslation();
  const base = useId();
  const idOf = (field: FormField) => `${base}-${field}`;
  const helpOf = (field: FormField) => `${base}-${field}-help`;
  const message = (problem: FieldProblem | undefined) => (problem ? t(problem.key, problem.values ?? {}) : undefined);
  const labelOf = (field: FormField) => `${base}-${field}-label`;
  /**
   * Label, error and the error's id for `aria-describedby`, for one field. A group of radios is named
   * by its label through `aria-labelledby` (a `<label for>` names one control only).
   */
  const item = (field: FormField, label: ReactNode, extra?: ReactNode, group = false) => ({
    label: group ? <span id={labelOf(field)}>{label}</span> : label,
    ...(group ? {} : { htmlFor: idOf(field) }),
    validateStatus: errors[field] ? ('error' as const) : undefined,
    help: errors[field] ? <span id={helpOf(field)}>{message(errors[field])}</span> : undefined,
    extra,
  });
  const describedBy = (field: FormField) => (errors[field] ? helpOf(field) : undefined);
  const errorCount = Object.keys(errors).length;
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focusRequest) return;
    const first = FIELD_ORDER.find((field) => errors[field]);
    const element = first ? container.current?.querySelector<HTMLElement>(`#${CSS.escape(idOf(first))}`) : undefined;
    // A group focuses its first control; a single control itself.
    (element?.matches('input, textarea, button')
      ? element
      : element?.querySelector<HTMLElement>('input, textarea, button')
    )?.focus();
    // Only a new request moves the focus, not every change of the errors.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  return (
    <div ref={container}>
      <Form
        layout="vertical"
        component="form"
        noValidate
        aria-label={t('form.label')}
        onSubmitCapture={(event) => {
          event.preventDefault();
          onSubmit();
        }}
        disabled={locked}
        style={{ maxWidth: 760 }}
      >
        {errorCount > 0 && (
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginBottom: 16 }}
            title={t('form.errorSummary', { count: errorCount })}
          />
        )}

        <Form.Item {...item('type', t('form.type'), undefined, true)}>
          <Radio.Group
            id={idOf('type')}
            aria-labelledby={labelOf('type')}
            value={draft.type}
            onChange={(event) => onChange({ type: event.target.value })}
            optionType="button"
          >
            {COMPLAINT_TYPES.map((type) => (
              <Radio.Button key={type} value={type}>
                {t(`types.${type}`)}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>

        <Form.Item
          {...item(
            'category',
            t('form.category'),
            draft.category
              ? t('form.routedTo', { unit: t(`units.${COMPLAINT_UNIT_FOR_CATEGORY[draft.category]}`) })
              : undefined,
            true,
          )}
          required
        >
          <Radio.Group
            id={idOf('category')}
            aria-labelledby={labelOf('category')}
            value={draft.category}
            onChange={(event) => onChange({ category: event.target.value })}
            aria-describedby={describedBy('category')}
          >
            <Flex vertical gap={6}>
              {COMPLAINT_CATEGORIES.map((category) => (
                <Radio key={category} value={category} onBlur={() => onBlur('category')}>
                  {t(`categories.${category}`)}
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        </Form.Item>

        <Form.Item {...item('relatedItem', t('form.relatedItem'))}>
          {draft.relatedItem && draft.relatedItem.kind !== 'reference' ? (
            <Flex gap={8} align="center" wrap>
              <ToneTag tone="info" style={{ fontSize: 14, padding: '2px 8px', whiteSpace: 'normal' }}>
                {t(`relatedKinds.${draft.relatedItem.kind}`, { defaultValue: draft.relatedItem.kind })}:{' '}
                {draft.relatedItem.label}
              </ToneTag>
              <Button
                size="small"
                icon={<CloseOutlined aria-hidden />}
                onClick={() => onChange({ relatedItem: undefined })}
              >
                {t('form.removeRelated')}
              </Button>
            </Flex>
          ) : (
            <Input
              id={idOf('relatedItem')}
              maxLength={200}
              value={draft.relatedItem?.label ?? ''}
              placeholder={t('form.relatedPlaceholder')}
              onChange={(event) =>
                onChange({
                  relatedItem: event.target.value ? { kind: 'reference', label: event.target.value } : undefined,
                })
              }
              onBlur={() => onBlur('relatedItem')}
              aria-describedby={describedBy('relatedItem')}
            />
          )}
        </Form.Item>

        <Form.Item {...item('description', t('form.description'))} required>
          <Input.TextArea
            id={idOf('description')}
            value={draft.description}
            onChange={(event) => onChange({ description: event.target.value })}
            onBlur={() => onBlur('description')}
            autoSize={{ minRows: 5, maxRows: 14 }}
            showCount
            maxLength={COMPLAINT_DESCRIPTION_LIMITS.max}
            placeholder={t('form.descriptionPlaceholder')}
            aria-invalid={Boolean(errors.description) || undefined}
            aria-describedby={describedBy('description')}
          />
        </Form.Item>

        <Form.Item {...item('attachments', t('form.attachments'))}>
          <AttachmentField
            id={idOf('attachments')}
            attachments={draft.attachments}
            onAdd={onAddFile}
            onRemove={onRemoveFile}
            describedBy={describedBy('attachments')}
            disabled={locked}
          />
        </Form.Item>

        <Typography.Title level={3} style={{ fontSize: 18 }}>
          {t('form.contact')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('form.contactHint')}</Typography.Paragraph>
        <Form.Item {...item('name', t('form.name'))} required>
          <Input
            id={idOf('name')}
            autoComplete="name"
            maxLength={COMPLAINT_NAME_MAX}
            value={draft.name}
            onChange={(event) => onChange({ name: event.target.value })}
            onBlur={() => onBlur('name')}
            aria-invalid={Boolean(errors.name) || undefined}
            aria-describedby={describedBy('name')}
          />
        </Form.Item>
        <Form.Item {...item('phone', t('form.phone'))}>
          <PhoneField
            id={idOf('phone')}
            region={draft.phoneRegion}
            value={draft.phone}
            onRegionChange={(phoneRegion) => onChange({ phoneRegion })}
            onChange={(phone) => onChange({ phone })}
            onBlur={() => onBlur('phone')}
            invalid={Boolean(errors.phone)}
            describedBy={describedBy('phone')}
            disabled={locked}
          />
        </Form.Item>
        <Form.Item {...item('email', t('form.email'))}>
          <Input
            id={idOf('email')}
            type="email"
            autoComplete="email"
            maxLength={COMPLAINT_EMAIL_MAX}
            value={draft.email}
            onChange={(event) => onChange({ email: event.target.value })}
            onBlur={() => onBlur('email')}
            aria-invalid={Boolean(errors.email) || undefined}
            aria-describedby={describedBy('email')}
          />
        </Form.Item>
        <Form.Item label={<span id={`${base}-locale-label`}>{t('form.preferredLocale')}</span>}>
          <Radio.Group
            aria-labelledby={`${base}-locale-label`}
            value={draft.preferredLocale}
            onChange={(event) => onChange({ preferredLocale: event.target.value })}
          >
            {LOCALES.map((locale) => (
              <Radio key={locale} value={locale}>
                <span lang={locale}>{LANGUAGE_NAMES[locale]}</span>
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>

        <Form.Item {...item('consent', undefined)}>
          <Flex vertical gap={8}>
            <PrivacyNotice />
            <Checkbox
              id={idOf('consent')}
              checked={draft.consent}
              onChange={(event) => {
                onChange({ consent: event.target.checked });
                onBlur('consent');
              }}
              aria-describedby={describedBy('consent')}
            >
              {t('form.consent')}
            </Checkbox>
          </Flex>
        </Form.Item>

        {status}
        <Flex gap={8} wrap>
          <Button type="primary" htmlType="submit" size="large" loading={locked}>
            {t('form.submit')}
          </Button>
          <Button size="large" onClick={onDiscard} disabled={locked}>
            {t('form.discard')}
          </Button>
        </Flex>
      </Form>
    </div>
  );
}
