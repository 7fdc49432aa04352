import { describe, expect, it, vi } from 'vitest';
import type { ReleaseManifest, ReleaseModule } from '@sw/contracts';
import type { ModuleLoader } from './federation.ts';
import { createLazyModuleLoader, preloadFederation, type Federation } from './lazyFederation.ts';

const module: ReleaseModule = {
  name: 'fee-directory',
  version: '1.0.0',
  remoteName: 'sw_fee_directory',
  entry: 'http://cdn.test/modules/fee-directory/1.0.0/mf-manifest.json',
  apps: [{ expose: './lifecycles', route: '/fees' }],
};
const manifest: ReleaseManifest = {
  schemaVersion: 1,
  release: { id: 'r-1', createdAt: '2026-11-27T10:00:00Z', channel: 'production' },
  apiBaseUrl: '/api',
  modules: [module],
};

/** A stand-in for the federation runtime chunk: its loaders answer with what was asked for. */
function fakeFederation() {
  const reset = vi.fn<ModuleLoader['reset']>();
  const createModuleLoader = vi.fn<Federation['createModuleLoader']>(() => ({
    load: async <T>(m: ReleaseModule, expose: string) => `${m.name} ${expose}` as T,
    reset,
  }));
  return { createModuleLoader, reset };
}

vi.mock('./federation.ts', () => ({ createModuleLoader: fakeFederation().createModuleLoader }));

describe('the module loader that waits for the federation runtime', () => {
  it('loads modules once the runtime has arrived, with one runtime instance for the release', async () => {
    const federation = fakeFederation();
    const loader = createLazyModuleLoader(manifest, 'sw_test', async () => federation);
    const loads = await Promise.all([loader.load(module, './lifecycles'), loader.load(module, './other')]);
    expect(loads).toEqual(['fee-directory ./lifecycles', 'fee-directory ./other']);
    expect(federation.createModuleLoader).toHaveBeenCalledTimes(1);
    expect(federation.createModuleLoader).toHaveBeenCalledWith(manifest, 'sw_test', expect.any(Function));
  });

  it('fails a load when the runtime cannot be downloaded, and downloads it again on Retry', async () => {
    const federation = fakeFederation();
    const download = vi
      .fn<() => Promise<Federation>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(federation);
    const loader = createLazyModuleLoader(manifest, 'sw_test', download);
    await expect(loader.load(module, './lifecycles')).rejects.toThrow('Failed to fetch');
    // Retry: forget the remote (nothing to forget yet), load again.
    loader.reset(module);
    await expect(loader.load(module, './lifecycles')).resolves.toBe('fee-directory ./lifecycles');
    expect(download).toHaveBeenCalledTimes(2);
  });

  it("checks a module's files while the runtime still downloads, once, for the runtime's loader too", async () => {
    const federation = fakeFederation();
    let arrive!: (federation: Federation) => void;
    const download = new Promise<Federation>((resolve) => (arrive = resolve));
    const verify = vi.fn(async () => undefined);
    const loader = createLazyModuleLoader(manifest, 'sw_test', () => download, verify);
    const load = loader.load(module, './lifecycles');
    expect(verify).toHaveBeenCalledWith(module);
    arrive(federation);
    await expect(load).resolves.toBe('fee-directory ./lifecycles');
    const runtimeVerify = federation.createModuleLoader.mock.calls[0]![2]!;
    await runtimeVerify(module);
    expect(verify).toHaveBeenCalledTimes(1);
  });

  it('checks a module again after a failed check, and after a reset', async () => {
    const federation = fakeFederation();
    const verify = vi.fn<(m: ReleaseModule) => Promise<void>>().mockRejectedValueOnce(new Error('integrity'));
    verify.mockResolvedValue(undefined);
    const loader = createLazyModuleLoader(manifest, 'sw_test', async () => federation, verify);
    await loader.load(module, './lifecycles');
    const runtimeVerify = federation.createModuleLoader.mock.calls[0]![2]!;
    await expect(runtimeVerify(module)).resolves.toBeUndefined();
    expect(verify).toHaveBeenCalledTimes(2);
    loader.reset(module);
    await loader.load(module, './lifecycles');
    expect(verify).toHaveBeenCalledTimes(3);
  });

  it('makes the runtime forget a remote on reset once the runtime is there', async () => {
    const federation = fakeFederation();
    const loader = createLazyModuleLoader(manifest, 'sw_test', async () => federation);
    await loader.load(module, './lifecycles');
    loader.reset(module);
    expect(federation.reset).toHaveBeenCalledWith(module);
  });

  it('downloads the runtime chunk once by default, whoever asks first', async () => {
    const first = preloadFederation();
    expect(preloadFederation()).toBe(first);
    const loader = createLazyModuleLoader(manifest);
    await expect(loader.load(module, './lifecycles')).resolves.toBe('fee-directory ./lifecycles');
  });
});
