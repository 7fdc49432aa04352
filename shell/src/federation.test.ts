import { describe, expect, it } from 'vitest';
import type { ReleaseManifest } from '@sw/contracts';
import { createModuleLoader } from './federation.ts';
import { checkOncePerModule, IntegrityError } from './integrity.ts';

const manifest: ReleaseManifest = {
  schemaVersion: 1,
  release: { id: 'r-1', createdAt: '2026-11-27T10:00:00Z', channel: 'production' },
  apiBaseUrl: '/api',
  modules: [
    {
      name: 'fee-directory',
      version: '1.0.0',
      remoteName: 'sw_fee_directory_test',
      entry: 'http://cdn.test/modules/fee-directory/1.0.0/mf-manifest.json',
      apps: [{ expose: './lifecycles', route: '/fees' }],
    },
  ],
};

describe('the module loader', () => {
  it('refuses a module whose files fail verification at once, without running or retrying it', async () => {
    const checked: string[] = [];
    const verify = checkOncePerModule(async (module) => {
      checked.push(module.name);
      throw new IntegrityError(`${module.name} 1.0.0: remoteEntry.js does not match the release's integrity hash`);
    });
    const loader = createModuleLoader(manifest, 'sw_shell_test', verify);
    const started = Date.now();
    await expect(loader.load(manifest.modules[0]!, './lifecycles')).rejects.toThrow(IntegrityError);
    expect(checked).toEqual(['fee-directory']);
    expect(Date.now() - started).toBeLessThan(250); // no retry delays
    // Retry (reset) checks again.
    loader.reset(manifest.modules[0]!);
    await expect(loader.load(manifest.modules[0]!, './lifecycles')).rejects.toThrow(IntegrityError);
    expect(checked).toEqual(['fee-directory', 'fee-directory']);
  });
});
