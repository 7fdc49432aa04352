import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installPageLibraries } from './pageLibraries.ts';

// sw-embed.js takes the portal's origin from its own URL; a test module's is a file URL.
const PORTAL_ORIGIN = 'https://portal.example';
vi.mock('./config.ts', () => ({ PORTAL_ORIGIN: 'https://portal.example' }));

const file = { libraries: { react: { file: 'assets/lib-react-1.js' }, 'sw-antd/base': { file: 'assets/lib-b-2.js' } } };

describe('installPageLibraries', () => {
  let fetchMock: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    document.head.innerHTML = '';
    fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("adds the portal's import map once, with absolute URLs and the page's nonce", async () => {
    fetchMock.mockResolvedValue(new Response(JSON.stringify(file)));
    await Promise.all([installPageLibraries('n0nce'), installPageLibraries('n0nce')]);
    const maps = document.querySelectorAll<HTMLScriptElement>('script[type="importmap"]');
    expect(maps).toHaveLength(1);
    expect(maps[0]!.nonce).toBe('n0nce');
    expect(JSON.parse(maps[0]!.textContent!)).toEqual({
      imports: {
        react: `${PORTAL_ORIGIN}/assets/lib-react-1.js`,
        'sw-antd/base': `${PORTAL_ORIGIN}/assets/lib-b-2.js`,
      },
    });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(String(fetchMock.mock.calls[0]![0])).toBe(`${PORTAL_ORIGIN}/page-libraries.json`);
    await installPageLibraries(undefined);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('fails the mount when the portal does not answer, and tries again on the next one', async () => {
    const doc = document.implementation.createHTMLDocument('host');
    fetchMock.mockResolvedValueOnce(new Response('', { status: 503 }));
    await expect(installPageLibraries(undefined, doc)).rejects.toThrow(/page-libraries\.json answered 503/);
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify(file)));
    await installPageLibraries(undefined, doc);
    expect(doc.querySelectorAll('script[type="importmap"]')).toHaveLength(1);
  });
});
