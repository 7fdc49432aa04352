import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzipSize, moduleSize, pageLibrariesSize, reachableFiles, shellEntrySize } from './bundleSizes.ts';

function build(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'sw-size-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const pageLibraries = (libraries: Record<string, string[]>) =>
  JSON.stringify({
    libraries: Object.fromEntries(
      Object.entries(libraries).map(([specifier, files]) => [specifier, { version: '1.0.0', file: files[0], files }]),
    ),
    imports: {},
  });

describe('bundle sizes', () => {
  it("counts as a module's own JS what remoteEntry.js reaches, not the harness's library copies", () => {
    const dir = build({
      'remoteEntry.js':
        'import{t}from"./assets/preload-1.js";import{init}from"@module-federation/runtime";' +
        'const page=()=>t(()=>import(`./assets/page-2.js`),[],import.meta.url);'.repeat(20),
      'assets/preload-1.js': 'export const t = (f) => f();'.repeat(30),
      'assets/page-2.js': 'import{r}from"./runtime-3.js";import{useState}from"react";export const page = 2;'.repeat(40),
      // In the react library's closure, and imported by the module's own page too: the portal loads it.
      'assets/runtime-3.js': 'export const r = 3;'.repeat(20),
      'assets/lib-react-4.js': 'import{r}from"./runtime-3.js";import"./react-5.js";export const react = 4;'.repeat(60),
      'assets/react-5.js': 'export const react = 5;'.repeat(300),
      // The standalone harness: its entry (imports through its own import map) and its mocks.
      'assets/index-6.js': 'import"react";import("./browser-7.js");'.repeat(10),
      'assets/browser-7.js': 'export const msw = 7;'.repeat(200),
      'mockServiceWorker.js': 'self.addEventListener("fetch", () => {});'.repeat(10),
      'assets/styles.css': 'body{}',
      'page-libraries.json': pageLibraries({
        react: ['assets/lib-react-4.js', 'assets/runtime-3.js', 'assets/react-5.js'],
      }),
    });
    const size = (...files: string[]) => files.reduce((sum, file) => sum + gzipSize(join(dir, file)), 0);
    expect(moduleSize('demo', dir)).toEqual({
      name: 'demo',
      ownJs: size('remoteEntry.js', 'assets/preload-1.js', 'assets/page-2.js', 'assets/runtime-3.js'),
      libraryCopiesJs: size('assets/lib-react-4.js', 'assets/react-5.js'),
      harnessJs: size('assets/index-6.js', 'assets/browser-7.js', 'mockServiceWorker.js'),
    });
  });

  it('follows static and dynamic relative imports, up and down folders, and only static ones when asked', () => {
    const dir = build({
      'entry.js': 'import "./assets/a.js";const b=()=>import("./assets/b.js");',
      'assets/a.js': 'export*from\'../top.js\';import{x}from"react";',
      'assets/b.js': 'export const b = 1;',
      'top.js': 'export const top = 1;',
    });
    expect(reachableFiles(dir, 'entry.js', { dynamic: true })).toEqual(
      new Set(['entry.js', 'assets/a.js', 'top.js', 'assets/b.js']),
    );
    expect(reachableFiles(dir, 'entry.js', { dynamic: false })).toEqual(new Set(['entry.js', 'assets/a.js', 'top.js']));
  });

  it("sums the shell's page libraries, a chunk several of them import once", () => {
    const dir = build({
      'assets/lib-react-1.js': 'export const react = 1;'.repeat(50),
      'assets/lib-react-dom-2.js': 'export const reactDom = 2;'.repeat(50),
      'assets/react-3.js': 'export const shared = 3;'.repeat(50),
      'page-libraries.json': pageLibraries({
        react: ['assets/lib-react-1.js', 'assets/react-3.js'],
        'react-dom': ['assets/lib-react-dom-2.js', 'assets/react-3.js'],
      }),
    });
    expect(pageLibrariesSize(dir)).toBe(
      gzipSize(join(dir, 'assets/lib-react-1.js')) +
        gzipSize(join(dir, 'assets/lib-react-dom-2.js')) +
        gzipSize(join(dir, 'assets/react-3.js')),
    );
  });

  it('measures the shell entry as the scripts index.html loads first, and the embed loader with its imports', () => {
    const dir = build({
      'index.html':
        '<script type="importmap">{"imports":{}}</script><script type="module" crossorigin src="/assets/main-1.js"></script><link rel="modulepreload" crossorigin href="/assets/shared-2.js">',
      'assets/main-1.js': 'import "./shared-2.js";'.repeat(20),
      'assets/shared-2.js': 'export const shared = 1;'.repeat(40),
      'assets/lazy-3.js': 'export const lazy = 1;'.repeat(400),
      'sw-embed.js': 'import{a}from"./assets/shared-2.js";const l=()=>import("./assets/lazy-3.js");'.repeat(5),
    });
    const main = gzipSize(join(dir, 'assets/main-1.js'));
    const shared = gzipSize(join(dir, 'assets/shared-2.js'));
    expect(shellEntrySize(dir)).toEqual({ entry: main + shared, embed: gzipSize(join(dir, 'sw-embed.js')) + shared });
  });
});
