import { lazy } from 'react';
import { usePathname } from '@sw/module-kit';
import { AccessibleColors } from '@sw/ui';
import { pageOf } from './paths.ts';
import { UsagePage } from './pages/UsagePage/UsagePage.tsx';

// Only the single-window team opens data entry: its code is loaded when the page is.
const DataEntryPage = lazy(() =>
  import('./pages/DataEntryPage/DataEntryPage.tsx').then((m) => ({ default: m.DataEntryPage })),
);

/** The module's pages: the meter (`/usage`) and the single-window team's data entry (`/usage/data-entry`). */
export default function Routes() {
  const pathname = usePathname();
  return <AccessibleColors>{pageOf(pathname) === 'data-entry' ? <DataEntryPage /> : <UsagePage />}</AccessibleColors>;
}
