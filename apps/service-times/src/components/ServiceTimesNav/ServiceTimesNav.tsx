import { Flex, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { ModuleLink } from '@sw/module-kit';
import { paths, type Page } from '../../routing/paths.ts';

const SECTIONS = [
  { key: 'terminals', to: paths.terminals() },
  { key: 'compare', to: paths.compare() },
  { key: 'coverage', to: paths.coverage() },
] as const;

/** The module's sections as tabs that are real links; the current one is marked for screen readers too. */
export function ServiceTimesNav({ page }: { page: Page['name'] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const current = page === 'terminal' || page === 'upload' ? 'terminals' : page;
  return (
    <nav aria-label={t('nav.label')}>
      <Flex gap={4} wrap style={{ borderBottom: `1px solid ${token.colorBorderSecondary}`, marginBottom: 24 }}>
        {SECTIONS.map(({ key, to }) => {
          const active = key === current;
          return (
            <ModuleLink
              key={key}
              to={to}
              aria-current={active ? 'page' : undefined}
              style={{
                padding: '8px 16px',
                marginBottom: -1,
                fontFamily: token.fontFamily,
                fontSize: token.fontSizeLG,
                color: active ? token.colorPrimary : token.colorText,
                borderBottom: `2px solid ${active ? token.colorPrimary : 'transparent'}`,
                fontWeight: active ? 600 : 400,
                textDecoration: 'none',
              }}
            >
              {t(`nav.${key}`)}
            </ModuleLink>
          );
        })}
      </Flex>
    </nav>
  );
}
