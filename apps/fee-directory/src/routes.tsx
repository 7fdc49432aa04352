import { ConfigProvider } from 'antd';
import { useEffect } from 'react';
import { useHost, usePathname } from '@sw/module-kit';
import { FeeNav } from './components/FeeNav/FeeNav.tsx';
import { pageOf } from './navigation/pageOf.ts';
import { FEE_PATHS } from './navigation/paths.ts';
import { EstimatorPage } from './pages/EstimatorPage/EstimatorPage.tsx';
import { FeeDetailPage } from './pages/FeeDetailPage/FeeDetailPage.tsx';
import { FeeListPage } from './pages/FeeListPage/FeeListPage.tsx';
import { ManagePage } from './pages/ManagePage/ManagePage.tsx';
import { ObjectionQueuePage } from './pages/ObjectionQueuePage/ObjectionQueuePage.tsx';
import { PrintPage } from './pages/PrintPage/PrintPage.tsx';
import { ReductionsPage } from './pages/ReductionsPage/ReductionsPage.tsx';
import { accessibleTheme } from './theme/accessibleColors.ts';

/** Another module may open an item: `navigate('/fees', { feeId })`. */
function useOpenRequestedItem() {
  const { navigation } = useHost();
  useEffect(() => {
    const payload = navigation.takePayload('/fees');
    if (payload?.feeId) navigation.push(FEE_PATHS.item(payload.feeId));
  }, [navigation]);
}

/** The module's pages under /fees. */
export default function Routes() {
  useOpenRequestedItem();
  const page = pageOf(usePathname());
  if (page.print) return <PrintPage />;
  return (
    <ConfigProvider theme={accessibleTheme}>
      <div style={{ maxWidth: 1440, margin: '0 auto', padding: '16px 16px 32px' }}>
        <FeeNav current={page.section} />
        {page.section === 'list' && <FeeListPage />}
        {page.section === 'reductions' && <ReductionsPage />}
        {page.section === 'estimate' && <EstimatorPage />}
        {page.section === 'manage' && <ManagePage />}
        {page.section === 'objections' && <ObjectionQueuePage />}
        {page.itemId && <FeeDetailPage key={page.itemId} id={page.itemId} />}
      </div>
    </ConfigProvider>
  );
}
