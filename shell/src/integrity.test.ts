import { describe, expect, it } from 'vitest';
import type { ReleaseModule } from '@sw/contracts';
import { ContractError, IntegrityError, verifyModule } from './integrity.ts';

const ENTRY = 'http://cdn.test/modules/fee-directory/1.0.0/mf-manifest.json';
const FILES: Record<string, string> = {
  'http://cdn.test/modules/fee-directory/1.0.0/mf-manifest.json': '{"name":"sw_fee_directory"}',
  'http://cdn.test/modules/fee-directory/1.0.0/remoteEntry.js': 'export const get = () => 1;',
};

async function sri(text: string) {
  const digest = await crypto.subtle.digest('SHA-384', new TextEncoder().encode(text));
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

const serve = (files: Record<string, string>) => async (input: RequestInfo | URL) => {
  const body = files[String(input)];
  return body === undefined ? new Response('missing', { status: 404 }) : new Response(body);
};

async function fees(overrides: Partial<ReleaseModule> = {}): Promise<ReleaseModule> {
  return {
    name: 'fee-directory',
    version: '1.0.0',
    remoteName: 'sw_fee_directory',
    entry: ENTRY,
    apps: [{ expose: './lifecycles', route: '/fees' }],
    integrity: {
      'mf-manifest.json': await sri(FILES[ENTRY]!),
      'remoteEntry.js': await sri(FILES['http://cdn.test/modules/fee-directory/1.0.0/remoteEntry.js']!),
    },
    contract: '1.0.0',
    ...overrides,
  };
}

describe('verifying a module before it runs', () => {
  it('accepts files that match their hashes', async () => {
    await expect(verifyModule(await fees(), serve(FILES))).resolves.toBeUndefined();
  });

  it('refuses a tampered remote entry, naming the module, version and file', async () => {
    const tampered = { ...FILES, 'http://cdn.test/modules/fee-directory/1.0.0/remoteEntry.js': 'steal()' };
    const error = await verifyModule(await fees(), serve(tampered)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntegrityError);
    expect((error as Error).message).toMatch(
      /^fee-directory 1\.0\.0: remoteEntry\.js does not match the release's integrity hash; it was refused/,
    );
  });

  it('reports an unreachable file as a plain (retryable) error', async () => {
    const error = await verifyModule(await fees(), serve({})).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(IntegrityError);
    expect((error as Error).message).toMatch(/answered HTTP 404/);
  });

  it('checks nothing for a module without hashes', async () => {
    await expect(verifyModule(await fees({ integrity: undefined }), serve({}))).resolves.toBeUndefined();
  });

  it('refuses a module built against another major version of the host contract', async () => {
    await expect(verifyModule(await fees({ contract: '2.0.0' }), serve(FILES))).rejects.toThrow(ContractError);
    await expect(verifyModule(await fees({ contract: '2.0.0' }), serve(FILES))).rejects.toThrow(
      'fee-directory 1.0.0 was built against host contract 2.0.0; this portal provides 1.0.0',
    );
  });
});
