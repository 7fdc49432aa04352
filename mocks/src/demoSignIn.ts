import type { AuthSource } from '@sw/contracts';
import { DEMO_USERS } from './data/users.ts';
import { mockToken } from './handlers/auth.ts';

/** Signs a demo user in (for an hour) with a token the mock API accepts; for tests and stories. */
export function signInDemoUser(auth: Pick<AuthSource, 'signIn'>, userId: string): void {
  const user = DEMO_USERS.find((candidate) => candidate.id === userId);
  if (!user) throw new Error(`no demo user ${userId}`);
  const expiresAt = new Date(Date.now() + 3_600_000);
  auth.signIn({ token: mockToken(user, expiresAt), user, expiresAt: expiresAt.toISOString() });
}
