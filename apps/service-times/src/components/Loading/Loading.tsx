import { Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A page's loading state, announced to screen readers; says so when the first try failed. */
export function Loading({ retrying = false }: { retrying?: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex vertical align="center" gap={12} style={{ padding: 48 }} role="status">
      <Spin size="large" />
      <Typography.Text type="secondary">{retrying ? t('retrying') : t('common:loading')}</Typography.Text>
    </Flex>
  );
}
