import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ModuleLink, usePathname } from '@sw/module-kit';
import { AccessibleColors } from '@sw/ui';
import { paths, routeOf } from './routing/paths.ts';
import { ComparePage } from './pages/ComparePage/ComparePage.tsx';
import { DraftPage } from './pages/DraftPage/DraftPage.tsx';
import { HistoryPage } from './pages/HistoryPage/HistoryPage.tsx';
import { ManagePage } from './pages/ManagePage/ManagePage.tsx';
import { ProcedureListPage } from './pages/ProcedureListPage/ProcedureListPage.tsx';
import { ProcedurePage } from './pages/ProcedurePage/ProcedurePage.tsx';
import { ShipmentPage } from './pages/ShipmentPage/ShipmentPage.tsx';

/**
 * Print rules and a screen-reader-only helper, scoped to this module's own classes (no global CSS):
 * printing a procedure or a checklist leaves out buttons and filters and keeps each step whole.
 */
const MODULE_STYLES = `
.cg-visually-hidden{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
@media print{.cg-no-print{display:none!important}.cg-step{break-inside:avoid}.cg-page{max-width:none!important;padding:0!important}}
`;

function NotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('errors.pageNotFound')}
      extra={<ModuleLink to={paths.list()}>{t('nav.backToList')}</ModuleLink>}
    />
  );
}

/** The module's pages under /clearance, chosen from the path the host reports. */
export default function Routes() {
  const route = routeOf(usePathname());
  let page;
  switch (route.page) {
    case 'list':
      page = <ProcedureListPage />;
      break;
    case 'procedure':
      page = <ProcedurePage id={route.id} />;
      break;
    case 'history':
      page = <HistoryPage id={route.id} />;
      break;
    case 'compare':
      page = <ComparePage />;
      break;
    case 'shipment':
      page = <ShipmentPage />;
      break;
    case 'manage':
      page = <ManagePage />;
      break;
    case 'new-draft':
      page = <DraftPage />;
      break;
    case 'draft':
      page = <DraftPage id={route.id} />;
      break;
    default:
      page = <NotFound />;
  }
  return (
    <AccessibleColors>
      <style>{MODULE_STYLES}</style>
      {page}
    </AccessibleColors>
  );
}
