import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ModuleLink } from '@sw/module-kit';
import { paths } from '../../routing/paths.ts';

/** An address under /service-times that is no page of this module. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('common:pageNotFound')}
      extra={<ModuleLink to={paths.terminals()}>{t('terminal.backToList')}</ModuleLink>}
    />
  );
}
