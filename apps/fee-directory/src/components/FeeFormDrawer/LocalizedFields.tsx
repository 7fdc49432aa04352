import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '@sw/contracts';

interface LocalizedFieldsProps {
  name: Array<string | number>;
  label: string;
  required?: boolean;
  multiline?: boolean;
  max?: number;
}

/** One text in the three published languages, each its own labelled field. */
export function LocalizedFields({ name, label, required = true, multiline = false, max = 2000 }: LocalizedFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset style={{ border: 'none', margin: 0, padding: 0 }}>
      <legend style={{ fontWeight: 600, marginBottom: 8, fontSize: 14 }}>{label}</legend>
      {LOCALES.map((locale) => (
        <Form.Item
          key={locale}
          name={[...name, locale]}
          label={t(`languages.${locale}`)}
          rules={[
            ...(required ? [{ required: true, whitespace: true, message: t('validation.required') }] : []),
            { max, message: t('validation.tooLong') },
          ]}
        >
          {multiline ? <Input.TextArea rows={2} lang={locale} /> : <Input lang={locale} />}
        </Form.Item>
      ))}
    </fieldset>
  );
}
