import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditListResponseSchema,
  releaseChannelStateSchema,
  releaseDetailSchema,
  releaseOverviewSchema,
  releaseValidationSchema,
} from '@sw/contracts';
import { ReleaseService } from '@sw/release/node';
import { FEES, FRAME, fakeBuild, fakeWorkspace } from '@sw/release/testing';
import { expectProblem, startApi, type TestApi } from './helpers.ts';

/** A release store with frame and fee-directory live (release 1) and fee-directory 1.1.0 staged (release 2). */
async function releaseStore() {
  const { root, dataDir } = fakeWorkspace([FRAME, FEES]);
  const service = new ReleaseService({
    dataDir,
    resolveEntry: (entry, module) => `http://${module}.cdn.test/${entry}`,
  });
  for (const [module, version] of [
    [FRAME, '1.0.0'],
    [FEES, '1.0.0'],
    [FEES, '1.1.0'],
  ] as const) {
    await service.deploy({
      root,
      name: module.name,
      version,
      from: fakeBuild(module, { marker: version }),
      actor: 'ci',
    });
  }
  const first = await service.compose({
    set: [
      { name: 'frame', version: '1.0.0' },
      { name: 'fee-directory', version: '1.0.0' },
    ],
    actor: 'setup',
  });
  await service.promote({ releaseId: first.release.release.id, actor: 'setup' });
  const second = await service.compose({ set: [{ name: 'fee-directory', version: '1.1.0' }], actor: 'setup' });
  return { service, root, dataDir, first: first.release.release.id, second: second.release.release.id };
}

let t: TestApi;
let store: Awaited<ReturnType<typeof releaseStore>>;
let admin: string;

beforeAll(async () => {
  store = await releaseStore();
  t = await startApi({ releases: store.service });
  admin = await t.token('admin');
});
afterAll(() => t.close());

describe('the release API', () => {
  it('is for the single-window team only', async () => {
    await expectProblem(await t.request('/api/releases'), 401, 'auth.required');
    for (const user of ['operator-yict', 'regulator']) {
      await expectProblem(await t.request('/api/releases', { token: await t.token(user) }), 403, 'auth.forbidden');
      const promote = await t.request('/api/releases/promote', {
        method: 'POST',
        token: await t.token(user),
        json: { releaseId: store.second, expectedRevision: 1 },
      });
      await expectProblem(promote, 403, 'auth.forbidden');
    }
    expect(store.service.channel('production')?.releaseId).toBe(store.first);
  });

  it('answers the overview, history, a release with browser entries, a diff and a validation', async () => {
    const overview = releaseOverviewSchema.parse(await (await t.request('/api/releases', { token: admin })).json());
    expect(overview.channels.map((c) => [c.channel, c.releaseId])).toEqual([
      ['staging', store.second],
      ['production', store.first],
    ]);
    const history = await (await t.request('/api/releases/history?channel=staging', { token: admin })).json();
    expect(history.items.map((e: { releaseId: string }) => e.releaseId)).toEqual([store.second, store.first]);
    const detail = releaseDetailSchema.parse(
      await (await t.request(`/api/releases/${store.second}`, { token: admin })).json(),
    );
    expect(detail.manifest.modules[1]?.entry).toBe(
      'http://fee-directory.cdn.test/modules/fee-directory/1.1.0/mf-manifest.json',
    );
    const diff = await (await t.request('/api/releases/diff?from=production&to=staging', { token: admin })).json();
    expect(diff.changes).toEqual([{ kind: 'version', module: 'fee-directory', from: '1.0.0', to: '1.1.0' }]);
    const validation = releaseValidationSchema.parse(
      await (await t.request(`/api/releases/${store.second}/validation`, { token: admin })).json(),
    );
    expect(validation).toMatchObject({ releaseId: store.second, ok: true });
    await expectProblem(await t.request('/api/releases/nope', { token: admin }), 404, 'release.not_found');
    await expectProblem(await t.request('/api/releases/history?limit=0', { token: admin }), 400, 'validation.failed');
  });

  it('promotes with the revision the caller saw, audits it, and refuses a stale one as a conflict', async () => {
    const promote = (expectedRevision: number) =>
      t.request('/api/releases/promote', {
        method: 'POST',
        token: admin,
        json: { releaseId: store.second, expectedRevision, note: 'fee directory 1.1.0' },
      });
    const [a, b] = await Promise.all([promote(1), promote(1)]);
    const [won, lost] = a.status === 200 ? [a, b] : [b, a];
    expect(releaseChannelStateSchema.parse(await won.json())).toMatchObject({
      releaseId: store.second,
      revision: 2,
      updatedBy: 'Single Window team (demo admin) (admin)',
    });
    const conflict = await expectProblem(lost, 409, 'release.conflict');
    expect(conflict.detail).toContain(`production changed since you read it: it is now at release ${store.second}`);
    const audit = auditListResponseSchema.parse(
      await (await t.request('/api/audit?resource=release-channel', { token: admin })).json(),
    );
    expect(audit.items[0]).toMatchObject({
      action: 'update',
      resource: 'release-channel',
      resourceId: 'production',
      actor: { id: 'admin', role: 'admin' },
      before: { releaseId: store.first, revision: 1 },
      after: { releaseId: store.second, revision: 2, via: 'promote', note: 'fee directory 1.1.0' },
    });
  });

  it('rolls back, and refuses a release that no longer validates, listing each problem', async () => {
    const current = store.service.channel('production')!;
    const back = await t.request('/api/releases/rollback', {
      method: 'POST',
      token: admin,
      json: { releaseId: store.first, expectedRevision: current.revision },
    });
    expect(await back.json()).toMatchObject({ releaseId: store.first, revision: current.revision + 1 });
    // Someone changes a deployed file: promoting the release that uses it is refused.
    const { appendFileSync } = await import('node:fs');
    appendFileSync(join(store.dataDir, 'cdn', 'modules', 'fee-directory', '1.1.0', 'remoteEntry.js'), '\n//x');
    const refused = await t.request('/api/releases/promote', {
      method: 'POST',
      token: admin,
      json: { releaseId: store.second, expectedRevision: current.revision + 1 },
    });
    const problem = await expectProblem(refused, 422, 'release.invalid');
    expect(problem.errors).toContainEqual({
      path: 'fee-directory.integrity',
      code: 'integrity',
      message: 'fee-directory 1.1.0: remoteEntry.js does not match its integrity hash: it was changed after the deploy',
    });
    await expectProblem(
      await t.request('/api/releases/promote', {
        method: 'POST',
        token: admin,
        json: { releaseId: store.first, expectedRevision: 'two' },
      }),
      400,
      'validation.failed',
    );
  });
});

describe('an API without a release store', () => {
  it('answers 503 release.unavailable', async () => {
    const bare = await startApi();
    await expectProblem(
      await bare.request('/api/releases', { token: await bare.token('admin') }),
      503,
      'release.unavailable',
    );
    await bare.close();
  });
});
