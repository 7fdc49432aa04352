import { describe, expect, it } from 'vitest';
import { probeModule } from './probeModule.ts';

const ENTRY = 'http://cdn.test/modules/frame/1.0.0/mf-manifest.json';
const MANIFEST = JSON.stringify({ metaData: { remoteEntry: { name: 'remoteEntry.js', path: '' } } });
const REMOTE = 'export const get = () => 1;';

async function sri(text: string) {
  const digest = await crypto.subtle.digest('SHA-384', new TextEncoder().encode(text));
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

function cdn(files: Record<string, string | number>) {
  const asked: string[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit) => {
    asked.push(`${String(input)} ${init?.cache}`);
    const body = files[String(input)];
    if (body === undefined) return new Response('missing', { status: 404 });
    if (typeof body === 'number') return new Response('', { status: body });
    return new Response(body);
  };
  return { fetchImpl: fetchImpl as typeof fetch, asked };
}

const clock =
  (...times: number[]) =>
  () =>
    times.shift() ?? 0;

describe('probing a module from the browser', () => {
  it('times the entry and the remote entry, uncached, and confirms the listed hashes', async () => {
    const { fetchImpl, asked } = cdn({
      [ENTRY]: MANIFEST,
      'http://cdn.test/modules/frame/1.0.0/remoteEntry.js': REMOTE,
    });
    const integrity = { 'mf-manifest.json': await sri(MANIFEST), 'remoteEntry.js': await sri(REMOTE) };
    expect(await probeModule({ entry: ENTRY, integrity }, fetchImpl, clock(100, 142.4))).toEqual({
      reachable: true,
      loadMs: 42,
      integrity: 'intact',
    });
    expect(asked).toEqual([`${ENTRY} no-store`, 'http://cdn.test/modules/frame/1.0.0/remoteEntry.js no-store']);
  });

  it('reports a file that no longer matches the release', async () => {
    const { fetchImpl } = cdn({
      [ENTRY]: MANIFEST,
      'http://cdn.test/modules/frame/1.0.0/remoteEntry.js': 'tampered()',
    });
    const health = await probeModule({ entry: ENTRY, integrity: { 'remoteEntry.js': await sri(REMOTE) } }, fetchImpl);
    expect(health).toMatchObject({
      reachable: true,
      integrity: 'changed',
      problem: 'remoteEntry.js does not match its integrity hash',
    });
  });

  it('reports an unreachable entry with its HTTP status', async () => {
    const { fetchImpl } = cdn({ [ENTRY]: 503 });
    expect(await probeModule({ entry: ENTRY }, fetchImpl)).toMatchObject({
      reachable: false,
      status: 503,
      integrity: 'unchecked',
    });
    const missingRemote = cdn({ [ENTRY]: MANIFEST });
    expect(await probeModule({ entry: ENTRY }, missingRemote.fetchImpl)).toMatchObject({
      reachable: false,
      status: 404,
    });
  });
});
