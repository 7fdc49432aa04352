import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '@sw/mocks/node';
import { createTestHost, renderInModule } from '@sw/module-kit/testing';
import { frameDefinition } from '../../defineFrameApp.ts';
import { AccountMenu } from './AccountMenu.tsx';

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('AccountMenu', () => {
  it('signs a demo user in through the API, shows who it is, and signs out', async () => {
    const host = createTestHost('en');
    renderInModule(frameDefinition, AccountMenu, host);
    fireEvent.click(await screen.findByRole('button', { name: 'Sign in (demo)' }));
    fireEvent.click(await screen.findByText(/YICT tariff desk/));
    await screen.findByText('YICT tariff desk (demo operator)');
    expect(host.auth.user()).toMatchObject({ id: 'operator-yict', organisationId: 'yict' });
    expect(await host.auth.getToken()).toMatch(/\./);
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(host.auth.user()).toBeUndefined();
    await screen.findByRole('button', { name: 'Sign in (demo)' });
  });

  it('lists the demo users only when the menu is opened, and says so when they cannot be read', async () => {
    const { http, HttpResponse } = await import('msw');
    let calls = 0;
    server.use(
      http.get('*/api/dev/users', () => {
        calls += 1;
        // The header's probe succeeds; the list, read when the menu opens, fails.
        return calls === 1
          ? HttpResponse.json([])
          : HttpResponse.json({ title: 'Down', status: 503, code: 'http.503' }, { status: 503 });
      }),
    );
    renderInModule(frameDefinition, AccountMenu, createTestHost('en'));
    const button = await screen.findByRole('button', { name: 'Sign in (demo)' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(calls).toBe(1);
    fireEvent.click(button);
    await screen.findByText(/Sign-in failed: Down/);
    expect(calls).toBe(2);
  });

  it('shows no sign-in where the API has no demo login (production)', async () => {
    const { http, HttpResponse } = await import('msw');
    server.use(http.get('*/api/dev/users', () => HttpResponse.json({ code: 'route.not_found' }, { status: 404 })));
    let answered = false;
    server.events.on('response:mocked', () => (answered = true));
    const { container } = renderInModule(frameDefinition, AccountMenu, createTestHost('en'));
    await waitFor(() => expect(answered).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 0)); // let React render the settled query
    expect(container.querySelector('button')).toBeNull();
    server.events.removeAllListeners();
  });
});
