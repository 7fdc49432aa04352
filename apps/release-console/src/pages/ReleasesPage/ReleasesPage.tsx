import { Alert, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useModuleSearch, useSession } from '@sw/module-kit';
import { ComparePanel } from '../../components/ComparePanel/ComparePanel.tsx';
import { HistoryPanel } from '../../components/HistoryPanel/HistoryPanel.tsx';
import { LivePanel } from '../../components/LivePanel/LivePanel.tsx';
import { StagingPanel } from '../../components/StagingPanel/StagingPanel.tsx';

const TABS = ['live', 'staging', 'history', 'compare'] as const;
/** The search parameter the console owns: the open tab. */
const TAB_KEYS = ['tab'];
type Tab = (typeof TABS)[number];

/** The release console: the single-window team's view of what is live and what comes next. */
export function ReleasesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useModuleSearch(TAB_KEYS);
  const user = useSession();
  const requested = params.get('tab');
  const tab: Tab = (TABS as readonly string[]).includes(requested ?? '') ? (requested as Tab) : 'live';
  const select = (next: string) => {
    // The live tab is the page's default: its link has no `?tab=`.
    setParams(new URLSearchParams(next === 'live' ? {} : { tab: next }));
  };
  const panels: Record<Tab, () => ReactNode> = {
    live: () => <LivePanel />,
    staging: () => <StagingPanel />,
    history: () => <HistoryPanel />,
    compare: () => <ComparePanel />,
  };
  return (
    <>
      <Typography.Title level={2}>{t('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      {!user ? (
        <Alert type="info" showIcon title={t('access.signIn')} />
      ) : user.role !== 'admin' ? (
        <Alert type="warning" showIcon title={t('access.forbidden', { role: t(`roles.${user.role}`) })} />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={select}
          destroyOnHidden
          items={TABS.map((key) => ({ key, label: t(`tabs.${key}`), children: panels[key]() }))}
        />
      )}
    </>
  );
}
