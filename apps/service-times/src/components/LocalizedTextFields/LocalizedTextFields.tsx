import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '@sw/contracts';

interface LocalizedTextFieldsProps {
  /** The form field holding `{ 'zh-CN', 'zh-HK', en }`. */
  name: string;
  label: string;
  /** Optional texts may be left empty, but then in all three languages. */
  required?: boolean;
  maxLength: number;
  rows?: number;
}

/** One text in the three published languages, each its own labelled box. */
export function LocalizedTextFields({ name, label, required = true, maxLength, rows = 2 }: LocalizedTextFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset style={{ border: 'none', margin: '0 0 8px', padding: 0 }}>
      <legend style={{ padding: 0, marginBottom: 4 }}>
        <Typography.Text strong>{label}</Typography.Text>
      </legend>
      {LOCALES.map((locale: Locale) => (
        <Form.Item
          key={locale}
          name={[name, locale]}
          label={t('publish.inLanguage', { field: label, language: t(`languages.${locale}`) })}
          dependencies={required ? [] : LOCALES.filter((other) => other !== locale).map((other) => [name, other])}
          rules={[
            required
              ? { required: true, whitespace: true, message: t('publish.errors.required') }
              : ({ getFieldValue }) => ({
                  validator: async (_, value?: string) => {
                    const others = LOCALES.map((other) => String(getFieldValue([name, other]) ?? '').trim());
                    if (!value?.trim() && others.some(Boolean)) throw new Error(t('publish.errors.allLanguages'));
                  },
                }),
            { max: maxLength, message: t('publish.errors.tooLong', { max: maxLength }) },
          ]}
        >
          <Input.TextArea rows={rows} maxLength={maxLength} showCount={false} />
        </Form.Item>
      ))}
    </fieldset>
  );
}
