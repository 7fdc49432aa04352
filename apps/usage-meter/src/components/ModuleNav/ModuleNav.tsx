import { Flex, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { ModuleLink, usePathname, useSession } from '@sw/module-kit';
import { DATA_ENTRY_PATH, OVERVIEW_PATH } from '../../paths.ts';

/**
 * The module's own pages: the meter for everyone, data entry for the single-window team (admin).
 * Real links (new tab, copy link work); a plain click moves through the host.
 */
export function ModuleNav() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const pathname = usePathname();
  const user = useSession();
  const pages = [
    { path: OVERVIEW_PATH, label: t('nav.overview') },
    ...(user?.role === 'admin' ? [{ path: DATA_ENTRY_PATH, label: t('nav.dataEntry') }] : []),
  ];
  if (pages.length < 2 && pathname.replace(/\/+$/, '') === OVERVIEW_PATH) return null;
  return (
    <nav aria-label={t('nav.label')} style={{ marginBottom: 16 }}>
      <Flex gap={16}>
        {pages.map((page) => {
          const current = pathname.replace(/\/+$/, '') === page.path;
          return (
            <ModuleLink
              key={page.path}
              to={page.path}
              aria-current={current ? 'page' : undefined}
              style={{
                fontFamily: token.fontFamily,
                color: current ? token.colorText : token.colorLink,
                fontWeight: current ? 600 : 400,
                borderBottom: current ? `2px solid ${token.colorPrimary}` : '2px solid transparent',
                paddingBottom: 4,
                textDecoration: 'none',
              }}
            >
              {page.label}
            </ModuleLink>
          );
        })}
      </Flex>
    </nav>
  );
}
