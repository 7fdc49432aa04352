import { Alert, Button, Card, Checkbox, Col, Flex, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@sw/api-client';
import {
  CARGO_CATEGORIES,
  COST_BASES,
  draftUpdateRequestSchema,
  type DraftUpdateRequest,
  type StepContent,
} from '@sw/contracts';
import { contentFromForm, type StepFormValues } from './contentFromForm.ts';
import { fieldMessage, fieldName } from './formErrors.ts';
import { LocalizedTextInput } from './LocalizedTextInput.tsx';

interface StepEditorProps {
  content: StepContent;
  note: string;
  /** Saves the proposal; an ApiError with field errors is shown beside the fields. */
  onSave(request: DraftUpdateRequest): Promise<unknown>;
  /** Saves, then submits for review (absent while it cannot be submitted). */
  onSaveAndSubmit?: (request: DraftUpdateRequest) => Promise<unknown>;
  busy: boolean;
}

const emptyText = { 'zh-CN': '', 'zh-HK': '', en: '' };

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card size="small" title={title} style={{ marginBottom: 16 }}>
      {children}
    </Card>
  );
}

/**
 * The proposal form for one step: every published field in the three languages. Checked against
 * the contract before sending; the API's field errors land beside the same fields; nothing typed is
 * lost on an error.
 */
export function StepEditor({ content, note, onSave, onSaveAndSubmit, busy }: StepEditorProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<StepFormValues>();
  const [problem, setProblem] = useState<string>();
  const costKind = Form.useWatch(['content', 'cost', 'kind'], form) ?? content.cost.kind;

  const showErrors = (errors: Array<{ path: string; code?: string | undefined }>) => {
    form.setFields(
      errors.map((e) => ({ name: fieldName(e.path) as never, errors: [fieldMessage(t, e.path, e.code)] })),
    );
    setProblem(t('editor.fixFields', { count: errors.length }));
  };

  const run = async (action: (request: DraftUpdateRequest) => Promise<unknown>) => {
    setProblem(undefined);
    const values = form.getFieldsValue(true) as StepFormValues;
    const request = draftUpdateRequestSchema.safeParse({
      content: contentFromForm(values.content),
      note: values.note ?? '',
    });
    if (!request.success) {
      showErrors(request.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), code: issue.code })));
      return;
    }
    try {
      await action(request.data);
    } catch (error) {
      if (error instanceof ApiError && error.problem.errors?.length) showErrors(error.problem.errors);
      else throw error;
    }
  };

  const num = (name: Array<string | number>, label: string, extra: { min?: number; suffix?: string } = {}) => (
    <Form.Item name={name} label={label}>
      <InputNumber min={extra.min ?? 0} style={{ width: '100%' }} {...(extra.suffix ? { suffix: extra.suffix } : {})} />
    </Form.Item>
  );
  const minutes = t('editor.minutes');

  return (
    <Form<StepFormValues>
      form={form}
      layout="vertical"
      initialValues={{ content, note }}
      onValuesChange={() => problem && setProblem(undefined)}
      requiredMark={false}
      aria-label={t('editor.label')}
    >
      <Section title={t('editor.sections.what')}>
        <LocalizedTextInput name={['content', 'title']} label={t('editor.title')} />
        <LocalizedTextInput name={['content', 'description']} label={t('editor.description')} multiline />
      </Section>

      <Section title={t('editor.sections.contact')}>
        <LocalizedTextInput name={['content', 'contact', 'unit']} label={t('editor.unit')} />
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name={['content', 'contact', 'phone']} label={t('editor.phone')}>
              <Input inputMode="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['content', 'contact', 'email']} label={`${t('editor.email')} ${t('editor.optional')}`}>
              <Input type="email" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name={['content', 'contact', 'website']}
              label={`${t('editor.website')} ${t('editor.optional')}`}
            >
              <Input type="url" />
            </Form.Item>
          </Col>
        </Row>
        <LocalizedTextInput name={['content', 'contact', 'address']} label={t('editor.address')} />
        <LocalizedTextInput name={['content', 'contact', 'openingHours']} label={t('editor.openingHours')} />
      </Section>

      <Section title={t('editor.sections.time')}>
        <Row gutter={16}>
          <Col xs={12} md={6}>
            {num(['content', 'timing', 'limitMinutes'], t('editor.limit'), { suffix: minutes })}
          </Col>
          <Col xs={12} md={6}>
            {num(['content', 'timing', 'counterMinutes'], t('editor.counter'), { suffix: minutes })}
          </Col>
          <Col xs={12} md={6}>
            {num(['content', 'timing', 'waitingMinutes'], t('editor.waiting'), { suffix: minutes })}
          </Col>
          <Col xs={12} md={6}>
            {num(['content', 'timing', 'untilNextMinutes'], t('editor.untilNext'), { suffix: minutes })}
          </Col>
        </Row>
      </Section>

      <Section title={t('editor.sections.cost')}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name={['content', 'cost', 'kind']} label={t('editor.costKind')}>
              <Select
                options={(['free', 'fixed', 'formula'] as const).map((kind) => ({
                  value: kind,
                  label: t(`editor.costKinds.${kind}`),
                }))}
              />
            </Form.Item>
          </Col>
          {costKind !== 'free' && (
            <Col xs={24} md={8}>
              <Form.Item name={['content', 'cost', 'per']} label={t('editor.per')} initialValue="shipment">
                <Select options={COST_BASES.map((basis) => ({ value: basis, label: t(`costBases.${basis}`) }))} />
              </Form.Item>
            </Col>
          )}
          {costKind === 'fixed' && (
            <Col xs={24} md={8}>
              {num(['content', 'cost', 'amount'], t('editor.amount'))}
            </Col>
          )}
          {costKind === 'formula' && (
            <Col xs={24} md={8}>
              {num(['content', 'cost', 'indicativeAmount'], `${t('editor.indicativeAmount')} ${t('editor.optional')}`)}
            </Col>
          )}
        </Row>
        {costKind === 'formula' && (
          <LocalizedTextInput name={['content', 'cost', 'formula']} label={t('editor.formula')} />
        )}
        {costKind !== 'free' && (
          <Form.Item
            name={['content', 'cost', 'feeIds']}
            label={t('editor.feeIds')}
            extra={t('editor.feeIdsHint')}
            initialValue={[]}
          >
            <Select mode="tags" tokenSeparators={[',', ' ']} open={false} suffixIcon={null} />
          </Form.Item>
        )}
      </Section>

      <Section title={t('editor.sections.documents')}>
        <Form.List name={['content', 'documents']}>
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  type="inner"
                  title={t('editor.document', { number: index + 1 })}
                  style={{ marginBottom: 12 }}
                  extra={
                    <Button onClick={() => remove(field.name)}>
                      {t('editor.removeDocument', { number: index + 1 })}
                    </Button>
                  }
                >
                  <Row gutter={16}>
                    <Col xs={24} md={6}>
                      <Form.Item name={[field.name, 'id']} label={t('editor.documentId')}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={4}>
                      {num([field.name, 'originals'], t('documents.originals'))}
                    </Col>
                    <Col xs={12} md={4}>
                      {num([field.name, 'copies'], t('documents.copies'))}
                    </Col>
                    <Col xs={24} md={4}>
                      <Form.Item name={[field.name, 'electronic']} valuePropName="checked" label={t('documents.form')}>
                        <Checkbox>{t('documents.electronic')}</Checkbox>
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={6}>
                      <Form.Item
                        name={[field.name, 'formUrl']}
                        label={`${t('editor.formUrl')} ${t('editor.optional')}`}
                      >
                        <Input type="url" />
                      </Form.Item>
                    </Col>
                  </Row>
                  <LocalizedTextInput name={[field.name, 'name']} label={t('documents.name')} />
                  <LocalizedTextInput name={[field.name, 'note']} label={t('editor.documentNote')} required={false} />
                </Card>
              ))}
              <Button onClick={() => add({ id: '', name: emptyText, originals: 1, copies: 0, electronic: true })}>
                {t('editor.addDocument')}
              </Button>
            </>
          )}
        </Form.List>
      </Section>

      <Section title={t('editor.sections.outputs')}>
        <Form.List name={['content', 'outputs']}>
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="start">
                  <div style={{ flex: 1 }}>
                    <LocalizedTextInput name={[field.name]} label={t('editor.output', { number: index + 1 })} />
                  </div>
                  <Button onClick={() => remove(field.name)}>{t('editor.removeOutput', { number: index + 1 })}</Button>
                </Flex>
              ))}
              <Button onClick={() => add(emptyText)}>{t('editor.addOutput')}</Button>
            </>
          )}
        </Form.List>
      </Section>

      <Section title={t('editor.sections.legal')}>
        <Form.List name={['content', 'legalBasis']}>
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="start">
                  <div style={{ flex: 1 }}>
                    <LocalizedTextInput
                      name={[field.name, 'title']}
                      label={t('editor.legalTitle', { number: index + 1 })}
                    />
                    <Form.Item name={[field.name, 'url']} label={`${t('editor.legalUrl')} ${t('editor.optional')}`}>
                      <Input type="url" />
                    </Form.Item>
                  </div>
                  <Button onClick={() => remove(field.name)}>{t('editor.removeLegal', { number: index + 1 })}</Button>
                </Flex>
              ))}
              <Button onClick={() => add({ title: emptyText })}>{t('editor.addLegal')}</Button>
            </>
          )}
        </Form.List>
        <Form.Item
          name={['content', 'onlineServiceUrl']}
          label={`${t('editor.online')} ${t('editor.optional')}`}
          style={{ marginTop: 16 }}
        >
          <Input type="url" />
        </Form.Item>
      </Section>

      <Section title={t('editor.sections.flags')}>
        <Space wrap size="large">
          <Form.Item name={['content', 'optional']} valuePropName="checked" noStyle>
            <Checkbox>{t('editor.optionalStep')}</Checkbox>
          </Form.Item>
          <Form.Item name={['content', 'parallel']} valuePropName="checked" noStyle>
            <Checkbox>{t('editor.parallel')}</Checkbox>
          </Form.Item>
        </Space>
        <Form.Item
          name={['content', 'cargo']}
          label={`${t('editor.cargo')} ${t('editor.optional')}`}
          style={{ marginTop: 16 }}
        >
          <Select
            mode="multiple"
            allowClear
            options={CARGO_CATEGORIES.map((c) => ({ value: c, label: t(`cargo.${c}`) }))}
          />
        </Form.Item>
        <LocalizedTextInput name={['content', 'condition']} label={t('editor.condition')} required={false} />
      </Section>

      <Form.Item name="note" label={t('editor.note')} extra={t('editor.noteHint')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} showCount />
      </Form.Item>

      {problem && <Alert type="error" showIcon role="alert" message={problem} style={{ marginBottom: 16 }} />}
      <Flex gap={8} wrap>
        <Button type="primary" loading={busy} onClick={() => void run(onSave)}>
          {t('editor.save')}
        </Button>
        {onSaveAndSubmit && (
          <Button loading={busy} onClick={() => void run(onSaveAndSubmit)}>
            {t('editor.saveAndSubmit')}
          </Button>
        )}
      </Flex>
    </Form>
  );
}
