import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Marks illustrative demo values, so nobody takes them for a terminal's real commitment. */
export function DemoTag() {
  const { t } = useTranslation();
  return (
    <Tag color="warning" style={{ marginInlineStart: 8, fontSize: 11, lineHeight: '16px' }}>
      {t('common:demoData')}
    </Tag>
  );
}
