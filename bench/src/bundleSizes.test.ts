import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzipSize, moduleSize, shellEntrySize } from './bundleSizes.ts';

function build(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'sw-size-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('bundle sizes', () => {
  it("counts a module's own chunks apart from the shared-library chunks", () => {
    const dir = build({
      'remoteEntry.js': 'export const entry = 1;'.repeat(50),
      'assets/page-abc123.js': 'export const page = 2;'.repeat(80),
      'assets/_virtual_mf___prebuild__react__prebuild__-x1.js': 'export const react = 3;'.repeat(300),
      'assets/styles.css': 'body{}',
    });
    const size = moduleSize('demo', dir);
    expect(size.ownJs).toBe(gzipSize(join(dir, 'remoteEntry.js')) + gzipSize(join(dir, 'assets/page-abc123.js')));
    expect(size.sharedJs).toBe(gzipSize(join(dir, 'assets/_virtual_mf___prebuild__react__prebuild__-x1.js')));
  });

  it('measures the shell entry as the scripts index.html loads first, and the embed loader with its imports', () => {
    const dir = build({
      'index.html':
        '<script type="module" crossorigin src="/assets/main-1.js"></script><link rel="modulepreload" crossorigin href="/assets/shared-2.js">',
      'assets/main-1.js': 'import "./shared-2.js";'.repeat(20),
      'assets/shared-2.js': 'export const shared = 1;'.repeat(40),
      'assets/lazy-3.js': 'export const lazy = 1;'.repeat(400),
      'sw-embed.js': 'import{a}from"./assets/shared-2.js";'.repeat(5),
    });
    const main = gzipSize(join(dir, 'assets/main-1.js'));
    const shared = gzipSize(join(dir, 'assets/shared-2.js'));
    expect(shellEntrySize(dir)).toEqual({ entry: main + shared, embed: gzipSize(join(dir, 'sw-embed.js')) + shared });
  });
});
