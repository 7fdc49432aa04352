import { Form, Input, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '@sw/contracts';

interface LocalizedTextInputProps {
  /** The form path of the localized text, e.g. ['content', 'title']. */
  name: Array<string | number>;
  label: string;
  multiline?: boolean;
  required?: boolean;
}

/** One text in Simplified Chinese, Traditional Chinese and English, grouped under one label. */
export function LocalizedTextInput({ name, label, multiline = false, required = true }: LocalizedTextInputProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const Field = multiline ? Input.TextArea : Input;
  return (
    <fieldset style={{ border: 0, margin: '0 0 8px', padding: 0, minWidth: 0 }}>
      <legend style={{ fontFamily: token.fontFamily, fontSize: token.fontSize, marginBottom: 4, padding: 0 }}>
        {label}
        {!required && <span style={{ color: token.colorTextSecondary }}> {t('editor.optional')}</span>}
      </legend>
      {LOCALES.map((locale) => (
        <Form.Item
          key={locale}
          name={[...name, locale]}
          label={t(`editor.languages.${locale}`)}
          style={{ marginBottom: 8 }}
        >
          <Field {...(multiline ? { autoSize: { minRows: 2, maxRows: 6 } } : {})} lang={locale} />
        </Form.Item>
      ))}
    </fieldset>
  );
}
