import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockReleaseStore, problemResponse } from '@sw/mocks';
import { setupMockApi } from '../../testing/mockApi.ts';
import { renderConsole } from '../../testing/renderConsole.tsx';
import { ReleasesPage } from './ReleasesPage.tsx';

const server = setupMockApi();
// antd in happy-dom renders slowly: give the first screens time.
const SLOW = { timeout: 8000 };

const row = (name: string) => screen.getByText(name, { selector: 'code' }).closest('tr') as HTMLElement;

describe('ReleasesPage', { timeout: 30_000 }, () => {
  it('shows the live release, each module version and its health measured from the browser', async () => {
    renderConsole(ReleasesPage);
    expect(await screen.findByRole('heading', { name: 'Production: release 2026.11.24-1' }, SLOW)).toBeTruthy();
    await screen.findByText('fee-directory', { selector: 'code' });
    expect(within(row('fee-directory')).getByText('0.2.0')).toBeTruthy();
    expect(within(row('frame')).getByText('Fixed slot: header')).toBeTruthy();
    // The stand-in files answer, but do not match the demo hashes: the console says so.
    await waitFor(() => expect(within(row('hotline')).getByText(/^Reachable · \d+ ms$/)).toBeTruthy());
    expect(within(row('hotline')).getByText('Files differ from the release')).toBeTruthy();
  });

  it('keeps the open tab in the address, beside the parameters it does not own', async () => {
    const { host } = renderConsole(ReleasesPage, { url: '/releases?lang=en' });
    const search = () => host.navigation.location().search;
    fireEvent.click(await screen.findByRole('tab', { name: 'History' }, SLOW));
    await waitFor(() => expect(search()).toBe('?lang=en&tab=history'));
    fireEvent.click(screen.getByRole('tab', { name: 'Live release' }));
    // The live tab is the default: its address carries no tab.
    await waitFor(() => expect(search()).toBe('?lang=en'));
  });

  it('shows staging with its changes and validation, and promotes it', async () => {
    renderConsole(ReleasesPage, { url: '/releases?tab=staging' });
    expect(await screen.findByRole('heading', { name: 'Staging: release 2026.11.27-1' }, SLOW)).toBeTruthy();
    expect(await screen.findAllByText('Usage rate (usage-meter): 0.1.0 → 0.2.0')).toHaveLength(1);
    expect(screen.getByText('Port charges (fee-directory): canary 0.3.0 for 10% of users')).toBeTruthy();
    expect(await screen.findByText('Valid', {}, SLOW)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Promote to production' }));
    const dialog = await screen.findByRole('dialog', { name: 'Promote release 2026.11.27-1 to production?' });
    fireEvent.change(within(dialog).getByLabelText('Note (optional)'), { target: { value: 'usage uploads' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Promote to production' }));
    expect(await screen.findByText('Release 2026.11.27-1 is live.')).toBeTruthy();
    expect(
      await screen.findByText('Staging holds the live release. Compose a new one with pnpm release compose.'),
    ).toBeTruthy();
  });

  it('explains a conflict when production changed meanwhile, and shows the state that won', async () => {
    renderConsole(ReleasesPage, { url: '/releases?tab=staging' });
    await screen.findByText('Valid', {}, SLOW);
    // Another administrator promotes the same release first.
    mockReleaseStore.promote('2026.11.27-1', 2, 'Wang Wei (admin)');
    fireEvent.click(screen.getByRole('button', { name: 'Promote to production' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Promote to production' }));
    expect(await screen.findByText(/^Someone changed production after you opened this page/)).toBeTruthy();
    expect(
      await screen.findByText('Staging holds the live release. Compose a new one with pnpm release compose.'),
    ).toBeTruthy();
  });

  it('says what went wrong when the API refuses for another reason', async () => {
    renderConsole(ReleasesPage, { url: '/releases?tab=staging' });
    await screen.findByText('Valid', {}, SLOW);
    server.use(
      http.post('*/api/releases/promote', () =>
        problemResponse({ status: 403, code: 'auth.forbidden', detail: 'the admin role may not promote' }),
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Promote to production' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Promote to production' }));
    expect(await screen.findByText('You are not allowed to do this.')).toBeTruthy();
  });

  it('refuses to promote a release that fails validation, listing each problem', async () => {
    mockReleaseStore.setValidation({
      releaseId: '2026.11.27-1',
      ok: false,
      issues: [
        {
          severity: 'error',
          rule: 'shared',
          module: 'usage-meter',
          dependency: 'react',
          message: "usage-meter 0.2.0 provides react 18.3.1, incompatible with the suite's singleton react ^19.3.1",
        },
      ],
    });
    renderConsole(ReleasesPage, { url: '/releases?tab=staging' });
    expect(await screen.findByText('Refused: 1 problem', {}, SLOW)).toBeTruthy();
    expect(screen.getByText('Shared dependencies')).toBeTruthy();
    expect(screen.getByText(/usage-meter 0\.2\.0 provides react 18\.3\.1/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Promote to production' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('rolls production back to an earlier release from the history', async () => {
    renderConsole(ReleasesPage, { url: '/releases?tab=history', locale: 'zh-CN' });
    const rollback = await screen.findByRole('button', { name: '回滚到 2026.11.20-1' }, SLOW);
    fireEvent.click(rollback);
    const dialog = await screen.findByRole('dialog', { name: '将生产环境回滚到发布 2026.11.20-1？' });
    expect(await within(dialog).findByText('收费目录 (fee-directory)：0.2.0 → 0.1.0')).toBeTruthy();
    // antd spaces out two-character Chinese button labels (回 滚).
    fireEvent.click(within(dialog).getByRole('button', { name: /^回\s?滚$/ }));
    expect(await screen.findByText('生产环境已回滚到发布 2026.11.20-1。')).toBeTruthy();
    // The history now starts with the rollback.
    await waitFor(() => expect(screen.getAllByRole('row')[1]?.textContent).toContain('回滚'));
  });

  it('asks to sign in, and refuses other roles', async () => {
    const { unmount } = renderConsole(ReleasesPage, { user: null, locale: 'zh-HK' });
    expect(screen.getByText('版本發佈僅供單一窗口團隊（管理員）使用，請先登入。')).toBeTruthy();
    unmount();
    renderConsole(ReleasesPage, { user: { id: 'reg', role: 'regulator', name: 'Reg' } });
    expect(screen.getByText('Your role (regulator) cannot manage releases; sign in as an administrator.')).toBeTruthy();
  });
});
