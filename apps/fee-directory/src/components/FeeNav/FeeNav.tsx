import { Flex, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { ModuleLink, useSession } from '@sw/module-kit';
import { FEE_PATHS } from '../../navigation/paths.ts';

export type FeeSection = 'list' | 'reductions' | 'estimate' | 'manage' | 'objections';

/** The fee directory's own pages; operators see their list, the regulator the objection queue. */
export function FeeNav({ current }: { current: FeeSection | undefined }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const user = useSession();
  const sections: FeeSection[] = ['list', 'reductions', 'estimate'];
  if (user?.role === 'operator' || user?.role === 'admin') sections.push('manage');
  if (user?.role === 'regulator' || user?.role === 'admin') sections.push('objections');
  return (
    <nav
      aria-label={t('nav.label')}
      style={{ marginBottom: 16, borderBottom: `1px solid ${token.colorBorderSecondary}` }}
    >
      <Flex wrap gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {sections.map((section) => {
          const active = section === current;
          return (
            <li key={section}>
              <ModuleLink
                to={FEE_PATHS[section]}
                aria-current={active ? 'page' : undefined}
                style={{
                  display: 'inline-block',
                  padding: '8px 12px',
                  color: active ? token.colorPrimary : token.colorText,
                  fontWeight: active ? 600 : 400,
                  borderBottom: `2px solid ${active ? token.colorPrimary : 'transparent'}`,
                  fontFamily: token.fontFamily,
                }}
              >
                {t(`nav.${section}`)}
              </ModuleLink>
            </li>
          );
        })}
      </Flex>
    </nav>
  );
}
