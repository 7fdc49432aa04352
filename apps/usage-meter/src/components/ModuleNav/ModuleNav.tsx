import { Flex, theme } from 'antd';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost, useModuleLocation, useSession } from '@sw/module-kit';
import { DATA_ENTRY_PATH, OVERVIEW_PATH } from '../../paths.ts';

/**
 * The module's own pages: the meter for everyone, data entry for the single-window team (admin).
 * Real links (new tab, copy link work); a plain click stays in the page.
 */
export function ModuleNav() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { navigation } = useHost();
  const { pathname } = useModuleLocation();
  const user = useSession();
  const pages = [
    { path: OVERVIEW_PATH, label: t('nav.overview') },
    ...(user?.role === 'admin' ? [{ path: DATA_ENTRY_PATH, label: t('nav.dataEntry') }] : []),
  ];
  if (pages.length < 2 && pathname.replace(/\/+$/, '') === OVERVIEW_PATH) return null;
  const go = (event: MouseEvent<HTMLAnchorElement>, path: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigation.push(path);
  };
  return (
    <nav aria-label={t('nav.label')} style={{ marginBottom: 16 }}>
      <Flex gap={16}>
        {pages.map((page) => {
          const current = pathname.replace(/\/+$/, '') === page.path;
          return (
            <a
              key={page.path}
              href={page.path}
              aria-current={current ? 'page' : undefined}
              onClick={(event) => go(event, page.path)}
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
            </a>
          );
        })}
      </Flex>
    </nav>
  );
}
