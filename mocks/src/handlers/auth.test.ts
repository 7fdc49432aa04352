import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenResponseSchema } from '@sw/contracts';
import { createMockServer } from '../node.ts';

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const login = (user: string) =>
  fetch('http://localhost/api/dev/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user }),
  });

describe('mock dev login', () => {
  it('lists the demo users and signs one in; /api/me then knows who it is', async () => {
    const users = (await (await fetch('http://localhost/api/dev/users')).json()) as Array<{ id: string }>;
    expect(users.map((u) => u.id)).toContain('operator-yict');
    const session = tokenResponseSchema.parse(await (await login('operator-yict')).json());
    expect(session.user).toMatchObject({ role: 'operator', organisationId: 'yict' });
    const me = await fetch('http://localhost/api/me', { headers: { Authorization: `Bearer ${session.token}` } });
    expect(await me.json()).toMatchObject({ id: 'operator-yict', role: 'operator', organisationId: 'yict' });
  });

  it('is anonymous without a token or with a garbled one', async () => {
    for (const headers of [{}, { Authorization: 'Bearer not.a-token' }] as Record<string, string>[]) {
      expect(await (await fetch('http://localhost/api/me', { headers })).json()).toMatchObject({ role: 'public' });
    }
  });

  it('refuses an unknown user with a problem+json 404', async () => {
    const response = await login('nobody');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect((await response.json()).code).toBe('user.not_found');
  });
});
