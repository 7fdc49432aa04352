import { Flex, Menu, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SuiteLink, usePathname } from '@sw/module-kit';
import { SUITE_MODULES } from '../../suiteModules.ts';
import { useReleasedRoutes } from '../../useReleasedRoutes.ts';
import { AccountMenu } from '../AccountMenu/AccountMenu.tsx';
import { LanguageSwitch } from '../LanguageSwitch/LanguageSwitch.tsx';

export function Header() {
  const { t } = useTranslation();
  const pathname = usePathname();
  const released = useReleasedRoutes();
  const active = SUITE_MODULES.find((m) => pathname === m.route || pathname.startsWith(`${m.route}/`));
  return (
    <header style={{ background: '#fff', borderBottom: '1px solid #e5e8ef' }}>
      <a
        href="#sw-main"
        className="sw-skip-link"
        style={{ position: 'absolute', left: -9999 }}
        onFocus={(e) => (e.currentTarget.style.left = '8px')}
        onBlur={(e) => (e.currentTarget.style.left = '-9999px')}
      >
        {t('skipToContent')}
      </a>
      <Flex
        align="center"
        justify="space-between"
        wrap
        gap={16}
        style={{ maxWidth: 1200, margin: '0 auto', padding: '8px 16px' }}
      >
        <SuiteLink to="/" style={{ textDecoration: 'none' }}>
          <Typography.Title level={4} style={{ margin: 0, color: '#1356a8' }}>
            {t('common:appName')}
          </Typography.Title>
        </SuiteLink>
        <Flex align="center" gap={16} wrap>
          <AccountMenu />
          <LanguageSwitch />
        </Flex>
      </Flex>
      <nav aria-label={t('menuLabel')} style={{ maxWidth: 1200, margin: '0 auto' }}>
        <Menu
          mode="horizontal"
          selectedKeys={active ? [active.key] : []}
          style={{ borderBottom: 'none' }}
          items={SUITE_MODULES.map((m) => {
            const name = t(`common:moduleNames.${m.module}`);
            return {
              key: m.key,
              disabled: !released.has(m.route),
              label: released.has(m.route) ? (
                <SuiteLink to={m.route}>{name}</SuiteLink>
              ) : (
                <Tooltip title={t('unavailable')}>
                  <span>{name}</span>
                </Tooltip>
              ),
            };
          })}
        />
      </nav>
    </header>
  );
}
