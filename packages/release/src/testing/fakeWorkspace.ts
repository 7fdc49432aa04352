import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReleaseChannelState, ReleaseHistoryEntry, ReleaseManifest } from '@sw/contracts';
import { PAGE_LIBRARIES_FILE, type PageLibrariesFile } from '../pageLibraries.ts';
import { packageOf, platformSingletons } from '../sharedDependencies.ts';

export interface FakeModule {
  name: string;
  remoteName: string;
  port: number;
  apps: Array<{ expose: string; route?: string; slot?: string }>;
  version?: string;
}

export const FEES: FakeModule = {
  name: 'fee-directory',
  remoteName: 'sw_fee_directory',
  port: 4102,
  apps: [{ expose: './lifecycles', route: '/fees' }],
};
export const FRAME: FakeModule = {
  name: 'frame',
  remoteName: 'sw_frame',
  port: 4101,
  apps: [
    { expose: './header', slot: 'header' },
    { expose: './landing', route: '/' },
  ],
};

export interface BuildOptions {
  /** Text baked into the code, so two builds differ. */
  marker?: string;
  /**
   * Replace the shared declarations (default: the suite's singletons, as module-kit built them before
   * page libraries; none with `pageLibraries`).
   */
  shared?: Array<{ name: string; version: string; singleton?: boolean; requiredVersion?: string }>;
  /** Write this page-libraries.json: a build that imports its libraries from the page (fakePageLibraries). */
  pageLibraries?: PageLibrariesFile;
  /** Exports of the exposed chunk (default: the single-spa lifecycles). */
  exports?: string[];
}

/** Writes what a module-kit build of `module` looks like (mf-manifest, remote entry, one chunk per expose). */
export function writeFakeBuild(dir: string, module: FakeModule, options: BuildOptions = {}): string {
  mkdirSync(join(dir, 'assets'), { recursive: true });
  const shared =
    options.shared ??
    (options.pageLibraries ? [] : undefined) ??
    platformSingletons().map((s) => ({
      name: s.name,
      version: s.version,
      singleton: true,
      requiredVersion: s.requiredVersion,
    }));
  const exposes = module.apps.map((app) => app.expose);
  const manifest = {
    id: module.remoteName,
    name: module.remoteName,
    metaData: {
      name: module.remoteName,
      remoteEntry: { name: 'remoteEntry.js', path: '', type: 'module' },
      publicPath: 'auto',
    },
    shared,
    remotes: [],
    exposes: exposes.map((path) => ({ id: `${module.remoteName}:${path.slice(2)}`, name: path.slice(2), path })),
  };
  writeFileSync(join(dir, 'mf-manifest.json'), JSON.stringify(manifest));
  if (options.pageLibraries) writeFileSync(join(dir, PAGE_LIBRARIES_FILE), JSON.stringify(options.pageLibraries));
  const chunk = (expose: string) => `assets/${expose.slice(2)}-Ab12Cd34.js`;
  const entries = exposes.map((e) => `${JSON.stringify(e)}:async()=>{let e=await import(\`./${chunk(e)}\`);return e}`);
  writeFileSync(
    join(dir, 'remoteEntry.js'),
    `const marker=${JSON.stringify(options.marker ?? '')};var u={${entries.join(',')}};export{u as get};`,
  );
  const names = options.exports ?? ['bootstrap', 'mount', 'unmount', 'update'];
  for (const expose of exposes) {
    const clause = names.map((name, i) => `f${i} as ${name}`).join(',');
    writeFileSync(join(dir, chunk(expose)), `${names.map((_, i) => `function f${i}(){}`).join('')}export{${clause}};`);
  }
  return dir;
}

/**
 * A page-libraries.json as a module-kit build writes it: the build's copy of each library its code
 * imports, at the version it was built against (default: the suite's pins), and the chunk importing them.
 */
export function fakePageLibraries(versions: Record<string, string> = {}): PageLibrariesFile {
  const pins = new Map(platformSingletons().map((s) => [s.name, s.version]));
  const specifiers = ['react', 'react/jsx-runtime', 'react-dom/client', 'sw-antd/base', '@module-federation/runtime'];
  const libraries: PageLibrariesFile['libraries'] = {};
  for (const specifier of new Set([...specifiers, ...Object.keys(versions)])) {
    const file = `assets/lib-${specifier.replace(/^@/, '').replace(/[^\w-]+/g, '-')}-Ab12.js`;
    // The federation runtime has no suite pin (not a singleton): module-kit's version at the time of writing.
    const version = versions[specifier] ?? pins.get(packageOf(specifier)) ?? '2.9.2';
    libraries[specifier] = { version, file, files: [file] };
  }
  return { libraries, imports: { 'assets/lifecycles-Ab12Cd34.js': Object.keys(libraries).sort() } };
}

/** A workspace root with apps/<name>/package.json (swModule) for each module, and a CHANGELOG.md. */
export function fakeWorkspace(modules: FakeModule[] = [FRAME, FEES]): { root: string; dataDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'sw-release-'));
  for (const module of modules) {
    const dir = join(root, 'apps', module.name);
    mkdirSync(dir, { recursive: true });
    const { name: _name, version = '1.0.0', ...swModule } = module;
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `@sw/${module.name}`, version, swModule }));
    writeFileSync(
      join(dir, 'CHANGELOG.md'),
      `# ${module.name}\n\n## 1.1.0\n\n- Faster search.\n\n## 1.0.0\n\n- First release.\n`,
    );
  }
  return { root, dataDir: join(root, 'data') };
}

/** A fresh build folder for `module` outside the workspace (what CI would hand the deploy). */
export function fakeBuild(module: FakeModule, options: BuildOptions = {}): string {
  return writeFakeBuild(mkdtempSync(join(tmpdir(), `sw-build-${module.name}-`)), module, options);
}

/**
 * A release store holding exactly this history (newest entry first, as the API lists it), e.g. the
 * mocks' demo releases, so the server and the mocks can be compared on the same data.
 */
export function seedReleaseStore(
  dataDir: string,
  data: { releases: ReleaseManifest[]; channels: ReleaseChannelState[]; history: ReleaseHistoryEntry[] },
): void {
  const dir = join(dataDir, 'releases');
  mkdirSync(join(dir, 'releases'), { recursive: true });
  mkdirSync(join(dir, 'channels'), { recursive: true });
  for (const release of data.releases) {
    writeFileSync(join(dir, 'releases', `${release.release.id}.json`), JSON.stringify(release));
  }
  for (const channel of data.channels) {
    writeFileSync(join(dir, 'channels', `${channel.channel}.json`), JSON.stringify(channel));
  }
  const lines = [...data.history].reverse().map((entry) => JSON.stringify(entry));
  writeFileSync(join(dir, 'history.jsonl'), lines.length ? `${lines.join('\n')}\n` : '');
}
