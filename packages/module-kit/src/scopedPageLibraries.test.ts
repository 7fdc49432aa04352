import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  SCOPED_LIBRARIES_FILE,
  buildScopedPageLibraries,
  scopedBuildKey,
  type ScopedLibrariesFile,
} from './scopedPageLibraries.ts';

const USES = {
  frame: { react: ['*'], '@tanstack/react-query': ['QueryClient'], 'sw-antd/base': ['Button'] },
  fees: {
    react: ['*'],
    '@tanstack/react-query': ['QueryClient', 'useQuery'],
    'sw-antd/base': ['Button', 'Space'],
    'sw-antd/data': ['Tag'],
  },
};

describe('buildScopedPageLibraries', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'sw-scoped-'));
  let built: ScopedLibrariesFile;
  beforeAll(async () => {
    built = await buildScopedPageLibraries({ uses: USES, everyPage: ['frame'], outDir });
  }, 60_000);
  /** Runs `code` as an ES module in Node (the built files import each other as a browser would), with `files` imported as `a`, `b`… */
  const run = (files: string[], code: string) => {
    const imports = files.map(
      (file, index) => `import * as ${'ab'[index]} from ${JSON.stringify(pathToFileURL(join(outDir, file)).href)};`,
    );
    return execFileSync(process.execPath, ['--input-type=module', '-e', `${imports.join('')}${code}`], {
      encoding: 'utf8',
    }).trim();
  };
  const filesOf = (scope: 'frame' | 'fees') =>
    new Set(Object.values(built.scopes[scope]!).flatMap((library) => library.files));

  it('gives each scope a copy of each library it imports, and writes the map beside the files', () => {
    expect(Object.keys(built.scopes.frame!).sort()).toEqual(['@tanstack/react-query', 'react', 'sw-antd/base']);
    expect(Object.keys(built.scopes.fees!)).toContain('sw-antd/data');
    expect(JSON.parse(readFileSync(join(outDir, SCOPED_LIBRARIES_FILE), 'utf8'))).toEqual(built);
  });

  it("cuts antd's groups to each scope's imports, from one instance of antd for every scope", () => {
    const bases = [built.scopes.frame!, built.scopes.fees!].map((scope) => scope['sw-antd/base']!.file);
    expect(bases[0]).not.toBe(bases[1]);
    expect(run(bases, 'console.log(typeof a.Space, typeof b.Space, a.Button === b.Button);')).toBe(
      'undefined object true',
    );
  });

  it('gives every scope one file of each other library, cut to what they import together', () => {
    const queries = [built.scopes.frame!, built.scopes.fees!].map((scope) => scope['@tanstack/react-query']!.file);
    expect(queries[0]).toBe(queries[1]);
    expect(run(queries, 'console.log(typeof a.useQuery, typeof a.useMutation);')).toBe('function undefined');
    // Libraries used whole (React, CommonJS) too.
    expect(built.scopes.frame!.react!.file).toBe(built.scopes.fees!.react!.file);
  });

  it("leaves out of a scope's files the code only other scopes use", () => {
    const frame = filesOf('frame');
    const fees = filesOf('fees');
    expect([...frame].filter((file) => !fees.has(file) && !file.includes('/lib-'))).toEqual([]);
    expect([...fees].some((file) => !frame.has(file) && !file.includes('/lib-'))).toBe(true);
  });
});

describe('scopedBuildKey', () => {
  it('is the same for the same inputs in any order, and changes with what a scope imports', () => {
    const key = scopedBuildKey({ uses: USES, everyPage: ['frame'] });
    const { react, ...rest } = USES.frame;
    const reordered = { fees: USES.fees, frame: { ...rest, react } };
    expect(scopedBuildKey({ uses: reordered, everyPage: ['frame'] })).toBe(key);
    const more = { ...USES, frame: { ...USES.frame, 'sw-antd/data': ['Tag'] } };
    expect(scopedBuildKey({ uses: more, everyPage: ['frame'] })).not.toBe(key);
    expect(scopedBuildKey({ uses: USES, everyPage: [] })).not.toBe(key);
  });
});
