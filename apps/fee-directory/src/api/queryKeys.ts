/** Query keys of the fee directory; writes invalidate `all` so every view refetches. */
export const feeKeys = {
  all: ['fees'] as const,
  list: ['fees', 'list'] as const,
  item: (id: string) => ['fees', 'item', id] as const,
  history: (id: string) => ['fees', 'history', id] as const,
  reductions: (since: string) => ['fees', 'reductions', since] as const,
  objectionsOf: (id: string) => ['fees', 'objections', id] as const,
  objectionQueue: (status: string) => ['fees', 'objection-queue', status] as const,
};
