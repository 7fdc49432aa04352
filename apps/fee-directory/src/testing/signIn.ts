import { DEMO_USERS, mockToken } from '@sw/mocks';
import type { TestHost } from '@sw/module-kit/testing';

/** Signs a demo user in on the test host with a token the mock API accepts. */
export function signInAs(host: TestHost, userId: string): void {
  const user = DEMO_USERS.find((candidate) => candidate.id === userId);
  if (!user) throw new Error(`no demo user ${userId}`);
  const expiresAt = new Date(Date.now() + 3_600_000);
  host.auth.signIn({ token: mockToken(user, expiresAt), user, expiresAt: expiresAt.toISOString() });
}
