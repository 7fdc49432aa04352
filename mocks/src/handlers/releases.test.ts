import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import {
  releaseChannelStateSchema,
  releaseDetailSchema,
  releaseDiffSchema,
  releaseHistoryResponseSchema,
  releaseOverviewSchema,
} from '@sw/contracts';
import { handlers } from '../index.ts';
import { mockToken } from './auth.ts';
import { resetReleaseMocks } from './releases.ts';

const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  resetReleaseMocks();
});
afterAll(() => server.close());

const API = 'http://localhost/api/releases';
const later = new Date(Date.now() + 3600_000);
const ADMIN = `Bearer ${mockToken({ id: 'admin', role: 'admin', name: 'Chen Jing' }, later)}`;
const REGULATOR = `Bearer ${mockToken({ id: 'reg', role: 'regulator', name: 'Reg' }, later)}`;
const get = (path: string, authorization = ADMIN) => fetch(`${API}${path}`, { headers: { authorization } });
const post = (path: string, body: unknown, authorization = ADMIN) =>
  fetch(`${API}${path}`, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('the mock release API', () => {
  it('answers the overview, history, a release and a diff in the contract shapes', async () => {
    const overview = releaseOverviewSchema.parse(await (await get('')).json());
    expect(overview.channels.find((c) => c.channel === 'production')).toMatchObject({
      releaseId: '2026.11.24-1',
      revision: 2,
    });
    expect(overview.releases.map((r) => r.id)).toEqual(['2026.11.27-1', '2026.11.24-1', '2026.11.20-1']);
    expect(
      releaseHistoryResponseSchema.parse(await (await get('/history?channel=production')).json()).items,
    ).toHaveLength(2);
    const detail = releaseDetailSchema.parse(await (await get('/2026.11.27-1')).json());
    expect(detail.manifest.modules.find((m) => m.name === 'fee-directory')?.canary?.percent).toBe(10);
    const diff = releaseDiffSchema.parse(await (await get('/diff?from=production&to=staging')).json());
    expect(diff.changes.map((c) => c.kind)).toEqual(['canary', 'version']);
  });

  it('is for the admin only', async () => {
    expect((await fetch(API)).status).toBe(401);
    expect((await get('', REGULATOR)).status).toBe(403);
  });

  it('promotes staging, refuses a stale revision as a conflict, and rolls back', async () => {
    const promoted = releaseChannelStateSchema.parse(
      await (await post('/promote', { releaseId: '2026.11.27-1', expectedRevision: 2 })).json(),
    );
    expect(promoted).toMatchObject({ releaseId: '2026.11.27-1', revision: 3, updatedBy: 'Chen Jing (admin)' });
    const stale = await post('/promote', { releaseId: '2026.11.27-1', expectedRevision: 2 });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ code: 'release.conflict' });
    const again = await post('/promote', { releaseId: '2026.11.27-1', expectedRevision: 3 });
    expect(await again.json()).toMatchObject({ code: 'release.not_allowed' });
    const conflict = await post('/rollback', { releaseId: '2026.11.24-1', expectedRevision: 2 });
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toMatchObject({ code: 'release.conflict' });
    const back = await post('/rollback', { releaseId: '2026.11.24-1', expectedRevision: 3 });
    expect(await back.json()).toMatchObject({ releaseId: '2026.11.24-1', revision: 4 });
  });
});
