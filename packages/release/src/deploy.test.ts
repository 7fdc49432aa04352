import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOST_CONTRACT_VERSION } from '@sw/contracts';
import { deployedVersions, versionFolder } from './cdn.ts';
import { deployModule } from './deploy.ts';
import { sri } from './integrity.ts';
import { FEES, FRAME, fakeBuild, fakeWorkspace, writeFakeBuild } from './testing/fakeWorkspace.ts';

const NOW = new Date('2026-11-27T02:00:00Z');

describe('deploying one module', () => {
  it('puts the build in modules/<name>/<version>/ with the hash of every file and a deploy record', async () => {
    const { root, dataDir } = fakeWorkspace();
    const cdnDir = join(dataDir, 'cdn');
    const result = await deployModule({
      root,
      cdnDir,
      name: 'fee-directory',
      from: fakeBuild(FEES),
      actor: 'ci',
      now: NOW,
    });
    const folder = versionFolder(cdnDir, 'fee-directory', '1.0.0');
    expect(result).toMatchObject({ status: 'deployed', folder });
    expect(readdirSync(folder).sort()).toEqual([
      'assets',
      'deploy.json',
      'integrity.json',
      'mf-manifest.json',
      'remoteEntry.js',
    ]);
    const integrity = JSON.parse(readFileSync(join(folder, 'integrity.json'), 'utf8'));
    expect(integrity.files['remoteEntry.js']).toBe(sri(readFileSync(join(folder, 'remoteEntry.js'))));
    expect(Object.keys(integrity.files)).toContain('assets/lifecycles-Ab12Cd34.js');
    expect(JSON.parse(readFileSync(join(folder, 'deploy.json'), 'utf8'))).toMatchObject({
      name: 'fee-directory',
      version: '1.0.0',
      remoteName: 'sw_fee_directory',
      remoteEntry: 'remoteEntry.js',
      apps: [{ expose: './lifecycles', route: '/fees' }],
      contract: HOST_CONTRACT_VERSION,
      deployedBy: 'ci',
      deployedAt: NOW.toISOString(),
      changes: '- First release.',
    });
  });

  it('builds only that module when no build is given, and touches no other module', async () => {
    const { root, dataDir } = fakeWorkspace();
    const cdnDir = join(dataDir, 'cdn');
    await deployModule({ root, cdnDir, name: 'frame', from: fakeBuild(FRAME), actor: 'ci' });
    const frameFolder = versionFolder(cdnDir, 'frame', '1.0.0');
    const before = statSync(join(frameFolder, 'remoteEntry.js')).mtimeMs;
    const built: string[] = [];
    const result = await deployModule({
      root,
      cdnDir,
      name: 'fee-directory',
      version: '1.1.0',
      actor: 'ci',
      build: async (module, outDir) => {
        built.push(module.name);
        writeFakeBuild(outDir, FEES, { marker: 'v1.1' });
      },
    });
    expect(built).toEqual(['fee-directory']);
    expect(result.record).toMatchObject({ version: '1.1.0', source: { kind: 'build' }, changes: '- Faster search.' });
    expect(statSync(join(frameFolder, 'remoteEntry.js')).mtimeMs).toBe(before);
    expect(readdirSync(join(cdnDir, 'modules')).sort()).toEqual(['fee-directory', 'frame']);
  });

  it('treats the same files again as done, and refuses other files under a deployed version', async () => {
    const { root, dataDir } = fakeWorkspace();
    const cdnDir = join(dataDir, 'cdn');
    const build = fakeBuild(FEES, { marker: 'a' });
    await deployModule({ root, cdnDir, name: 'fee-directory', from: build, actor: 'ci' });
    const again = await deployModule({ root, cdnDir, name: 'fee-directory', from: build, actor: 'someone else' });
    expect(again.status).toBe('unchanged');
    expect(again.record.deployedBy).toBe('ci');
    await expect(
      deployModule({ root, cdnDir, name: 'fee-directory', from: fakeBuild(FEES, { marker: 'b' }), actor: 'ci' }),
    ).rejects.toMatchObject({
      code: 'immutable',
      message: expect.stringContaining('fee-directory 1.0.0 is already deployed with other files'),
    });
    expect(deployedVersions(cdnDir, 'fee-directory').map((r) => r.version)).toEqual(['1.0.0']);
    // Nothing half-written is left beside the versions.
    expect(readdirSync(join(cdnDir, 'modules', 'fee-directory'))).toEqual(['1.0.0']);
  });

  it("refuses another module's build, a build missing an expose, and a name that is not a module", async () => {
    const { root, dataDir } = fakeWorkspace();
    const cdnDir = join(dataDir, 'cdn');
    await expect(
      deployModule({ root, cdnDir, name: 'fee-directory', from: fakeBuild(FRAME), actor: 'ci' }),
    ).rejects.toThrow(/is the build of sw_frame, not of fee-directory/);
    const partial = fakeBuild({ ...FRAME, apps: [{ expose: './header', slot: 'header' }] });
    await expect(deployModule({ root, cdnDir, name: 'frame', from: partial, actor: 'ci' })).rejects.toThrow(
      /does not expose \.\/landing/,
    );
    await expect(deployModule({ root, cdnDir, name: 'nope', from: partial, actor: 'ci' })).rejects.toThrow(
      /apps\/nope is not a module/,
    );
    await expect(
      deployModule({ root, cdnDir, name: 'frame', from: fakeBuild(FRAME), version: 'v2', actor: 'ci' }),
    ).rejects.toThrow(/"v2" is not a semver version/);
    expect(existsSync(join(cdnDir, 'modules', 'frame', '1.0.0'))).toBe(false);
  });

  it('notes a missing changelog section without refusing', async () => {
    const { root, dataDir } = fakeWorkspace();
    writeFileSync(join(root, 'apps', 'frame', 'CHANGELOG.md'), '# frame\n');
    const lines: string[] = [];
    const result = await deployModule({
      root,
      cdnDir: join(dataDir, 'cdn'),
      name: 'frame',
      from: fakeBuild(FRAME),
      actor: 'ci',
      log: (line) => lines.push(line),
    });
    expect(result.record.changes).toBeUndefined();
    expect(lines).toContain('note: apps/frame/CHANGELOG.md has no section for 1.0.0');
  });
});
