import type { PageLibrariesFile } from '@sw/release';
import { describe, expect, it } from 'vitest';
import type { RecordedRequest } from './network.ts';
import { downloadedOnce, librariesOfUrl, libraryFilesOf, singletonDownloads } from './singletons.ts';

const script = (url: string, transferred = 1000, fromCache = false): RecordedRequest => ({
  id: url,
  url,
  type: 'Script',
  sentAt: 0,
  finishedAt: 0,
  transferred: fromCache ? 0 : transferred,
  fromCache,
  status: 200,
  finished: true,
});

const build = (libraries: Record<string, string[]>): PageLibrariesFile => ({
  libraries: Object.fromEntries(
    Object.entries(libraries).map(([specifier, files]) => [specifier, { version: '1.0.0', file: files[0]!, files }]),
  ),
  imports: {},
});

// Shaped like shell/dist/page-libraries.json: React's chunk and the bundler's runtime are in most closures.
const shell = build({
  react: ['assets/lib-react-1.js', 'assets/rolldown-runtime-0.js', 'assets/react-2.js'],
  'react/jsx-runtime': ['assets/lib-react-jsx-runtime-3.js', 'assets/rolldown-runtime-0.js', 'assets/jsx-runtime-4.js'],
  'react-dom': [
    'assets/lib-react-dom-5.js',
    'assets/rolldown-runtime-0.js',
    'assets/react-dom-6.js',
    'assets/react-2.js',
  ],
  'react-dom/client': [
    'assets/lib-react-dom-client-7.js',
    'assets/rolldown-runtime-0.js',
    'assets/client-8.js',
    'assets/react-2.js',
    'assets/react-dom-6.js',
  ],
  i18next: ['assets/lib-i18next-9.js', 'assets/i18next-10.js'],
  'react-i18next': [
    'assets/lib-react-i18next-11.js',
    'assets/rolldown-runtime-0.js',
    'assets/react-2.js',
    'assets/i18next-10.js',
  ],
  'sw-antd/base': [
    'assets/lib-sw-antd-base-12.js',
    'assets/rolldown-runtime-0.js',
    'assets/react-2.js',
    'assets/react-dom-6.js',
    'assets/client-8.js',
    'assets/tooltip-13.js',
  ],
  'sw-antd/data': ['assets/lib-sw-antd-data-14.js', 'assets/react-2.js', 'assets/tooltip-13.js', 'assets/table-15.js'],
});
// A module's build: its own copies, for its standalone harness.
const fees = build({ react: ['assets/lib-react-f1.js', 'assets/rolldown-runtime-f0.js'] });

describe('libraryFilesOf', () => {
  const owners = (file: string) => [...(libraryFilesOf(shell, [fees]).get(file) ?? [])].sort();

  it('gives a file to every library that loads it, and adds the harness copies’ entries', () => {
    expect(owners('assets/lib-react-1.js')).toEqual(['react']);
    expect(owners('assets/react-2.js')).toEqual(['antd', 'react', 'react-dom', 'react-i18next']);
    expect(owners('assets/client-8.js')).toEqual(['antd', 'react-dom']);
    expect(owners('assets/i18next-10.js')).toEqual(['i18next', 'react-i18next']);
    expect(owners('assets/tooltip-13.js')).toEqual(['antd']);
    expect(owners('assets/lib-react-f1.js')).toEqual(['react']);
    // Only the entry of a module's copy: its other files may be the module's own chunks too.
    expect(owners('assets/rolldown-runtime-f0.js')).toEqual([]);
  });

  it("gives the release's own copies' files to each library whose copy loads them", () => {
    const scoped = libraryFilesOf(
      shell,
      [],
      [
        { react: ['page-libraries/k/assets/lib-react-a.js', 'page-libraries/k/assets/libs-core-c.js'] },
        { 'sw-antd/data': ['page-libraries/k/assets/lib-sw-antd-data-b.js', 'page-libraries/k/assets/libs-core-c.js'] },
      ],
    );
    expect([...scoped.get('page-libraries/k/assets/libs-core-c.js')!].sort()).toEqual(['antd', 'react']);
    expect([...librariesOfUrl('http://portal/page-libraries/k/assets/lib-react-a.js', scoped)!]).toEqual(['react']);
  });

  it('recognises a file wherever it is served from, and nothing else', () => {
    const files = libraryFilesOf(shell, [fees]);
    expect([...librariesOfUrl('http://portal/assets/react-dom-6.js', files)!].sort()).toEqual(['antd', 'react-dom']);
    expect([...librariesOfUrl('http://fees/modules/fees/1.0.0/assets/lib-react-f1.js', files)!]).toEqual(['react']);
    expect(librariesOfUrl('http://portal/assets/lib-react-dom-5.js.map', files)).toBeUndefined();
    expect(librariesOfUrl('http://portal/assets/xreact-2.js', files)).toBeUndefined();
    expect(librariesOfUrl('http://fees/modules/fees/1.0.0/assets/routes-2.js', files)).toBeUndefined();
  });
});

describe('singletonDownloads', () => {
  const files = libraryFilesOf(shell, [fees]);

  it("counts each library's files from the shell's page libraries, subpaths and shared chunks included", () => {
    const singletons = {
      downloads: singletonDownloads(
        [
          script('http://portal/assets/lib-react-1.js', 500),
          script('http://portal/assets/react-2.js', 4000),
          script('http://portal/assets/rolldown-runtime-0.js', 300),
          script('http://portal/assets/lib-react-dom-client-7.js', 200),
          script('http://portal/assets/client-8.js', 60_000),
          script('http://portal/assets/react-dom-6.js', 2000),
          script('http://portal/assets/lib-sw-antd-base-12.js', 50_000),
          script('http://portal/assets/tooltip-13.js', 5000),
          script('http://portal/assets/lib-sw-antd-data-14.js', 30_000),
          script('http://portal/assets/table-15.js', 20_000),
          script('http://portal/assets/lib-i18next-9.js', 100),
          script('http://portal/assets/i18next-10.js', 15_000),
          // The module's own code, and a later import of a cached library file: neither counts as a download.
          script('http://fees/modules/fees/1.0.0/assets/routes-2.js', 30_000),
          script('http://portal/assets/react-2.js', 0, true),
        ],
        files,
        ['react', 'react-dom', 'antd', 'i18next', 'react-i18next'],
      ),
      reactRenderers: 1,
    };
    expect(singletons.downloads).toEqual([
      { name: 'react', providers: ['http://portal'], files: 3, repeated: 0, bytes: 4800 },
      { name: 'react-dom', providers: ['http://portal'], files: 5, repeated: 0, bytes: 66_500 },
      { name: 'antd', providers: ['http://portal'], files: 8, repeated: 0, bytes: 171_300 },
      { name: 'i18next', providers: ['http://portal'], files: 2, repeated: 0, bytes: 15_100 },
      { name: 'react-i18next', providers: ['http://portal'], files: 3, repeated: 0, bytes: 19_300 },
    ]);
    // react-i18next's own entry never came, only files it shares with others: each came once.
    expect(downloadedOnce(singletons)).toBe(true);
    const never = { name: 'x', providers: [], files: 0, repeated: 0, bytes: 0 };
    expect(downloadedOnce({ downloads: [...singletons.downloads, never], reactRenderers: 1 })).toBe(false);
    expect(downloadedOnce({ downloads: singletons.downloads.slice(0, 4), reactRenderers: 2 })).toBe(false);
  });

  it("reports a module's own copy as a second origin, and a file downloaded twice", () => {
    const downloads = singletonDownloads(
      [
        script('http://portal/assets/lib-react-1.js', 500),
        script('http://portal/assets/react-2.js', 4000),
        script('http://fees/modules/fees/1.0.0/assets/lib-react-f1.js', 4000),
        script('http://portal/assets/lib-i18next-9.js', 100),
        script('http://portal/assets/lib-i18next-9.js', 100),
      ],
      files,
      ['react', 'i18next'],
    );
    expect(downloads).toEqual([
      { name: 'react', providers: ['http://portal', 'http://fees'], files: 3, repeated: 0, bytes: 8500 },
      { name: 'i18next', providers: ['http://portal'], files: 1, repeated: 1, bytes: 200 },
    ]);
    expect(downloadedOnce({ downloads: [downloads[0]!], reactRenderers: 1 })).toBe(false);
    expect(downloadedOnce({ downloads: [downloads[1]!], reactRenderers: 1 })).toBe(false);
  });
});
