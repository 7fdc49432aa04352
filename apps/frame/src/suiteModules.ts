import type { SuiteRoute } from '@sw/contracts';

/** The five trader-facing modules, in menu order; names come from the shared `common` namespace, one-line descriptions from `modules`. */
export const SUITE_MODULES = [
  { key: 'fees', module: 'fee-directory', route: '/fees' },
  { key: 'clearance', module: 'clearance-guide', route: '/clearance' },
  { key: 'serviceTimes', module: 'service-times', route: '/service-times' },
  { key: 'hotline', module: 'hotline', route: '/hotline' },
  { key: 'usage', module: 'usage-meter', route: '/usage' },
] as const satisfies ReadonlyArray<{ key: string; module: string; route: SuiteRoute }>;

export type SuiteModuleKey = (typeof SUITE_MODULES)[number]['key'];
