/** The periods a terminal's performance can be shown over, in months; the `months` search parameter. */
export const PERFORMANCE_PERIODS = ['12', '24'] as const;

export type PerformancePeriod = (typeof PERFORMANCE_PERIODS)[number];

/** The period the `months` parameter asks for; 24 months when it asks for none or another. */
export function performancePeriod(param: string | null | undefined): PerformancePeriod {
  return PERFORMANCE_PERIODS.find((period) => period === param) ?? '24';
}
