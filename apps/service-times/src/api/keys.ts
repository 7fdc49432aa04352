/** Query keys of this module; everything under `all` is refetched after a write. */
export const serviceTimesKeys = {
  all: ['service-times'] as const,
  terminals: () => [...serviceTimesKeys.all, 'terminals'] as const,
  standards: () => [...serviceTimesKeys.all, 'standards'] as const,
  history: (terminalId: string, operation: string) =>
    [...serviceTimesKeys.all, 'history', terminalId, operation] as const,
  coverage: () => [...serviceTimesKeys.all, 'coverage'] as const,
  actuals: (query: { terminal?: string; from?: string; to?: string }) =>
    [...serviceTimesKeys.all, 'actuals', query] as const,
};
