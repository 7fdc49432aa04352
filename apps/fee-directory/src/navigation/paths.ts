/** The module's own paths under its route; every page of the fee directory lives here. */
export const FEE_PATHS = {
  list: '/fees',
  reductions: '/fees/reductions',
  estimate: '/fees/estimate',
  manage: '/fees/manage',
  objections: '/fees/objections',
  print: '/fees/print',
  item: (id: string) => `/fees/${encodeURIComponent(id)}`,
} as const;
