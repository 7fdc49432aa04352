/** Query keys; promote and rollback invalidate `all`, so every view shows the new state. */
export const releaseKeys = {
  all: ['releases'] as const,
  overview: ['releases', 'overview'] as const,
  history: ['releases', 'history'] as const,
  release: (id: string) => ['releases', 'release', id] as const,
  validation: (id: string) => ['releases', 'validation', id] as const,
  diff: (from: string, to: string) => ['releases', 'diff', from, to] as const,
  // Outside 'releases': a promote refetches data, not every module's files.
  health: (entry: string) => ['release-health', entry] as const,
};
