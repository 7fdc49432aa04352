import { describe, expect, it } from 'vitest';
import type { Rolldown } from 'vite';
import { describePageLibraries, importMapOf } from './pageLibrariesPlugin.ts';

const chunk = (
  fileName: string,
  imports: string[],
  facadeModuleId: string | null = null,
  dynamicImports: string[] = [],
) => ({ type: 'chunk', fileName, imports, facadeModuleId, dynamicImports }) as unknown as Rolldown.OutputChunk;

describe('describePageLibraries', () => {
  const bundle = {
    a: chunk('assets/lib-react-1.js', ['assets/react-2.js'], '\0sw-page-library:react'),
    b: chunk('assets/react-2.js', ['assets/runtime-3.js']),
    c: chunk('assets/runtime-3.js', []),
    d: chunk('assets/header-4.js', ['react', 'sw-antd/base', 'assets/runtime-3.js', 'zod'], null, ['assets/menu-5.js']),
    e: chunk('assets/menu-5.js', ['react', 'sw-antd/base']),
  } as unknown as Rolldown.OutputBundle;
  const file = describePageLibraries(bundle, new Set(['react', 'sw-antd/base']));

  it('lists each library the build emitted with the files its import loads', () => {
    expect(file.libraries.react).toEqual({
      version: expect.any(String),
      file: 'assets/lib-react-1.js',
      files: ['assets/lib-react-1.js', 'assets/react-2.js', 'assets/runtime-3.js'],
    });
  });

  it("lists which page libraries each chunk imports (not its own chunks, not other packages')", () => {
    expect(file.imports).toEqual({
      'assets/header-4.js': ['react', 'sw-antd/base'],
      'assets/menu-5.js': ['react', 'sw-antd/base'],
    });
  });

  it('lists which chunks each chunk imports lazily, so the portal can hint only what a mount loads', () => {
    expect(file.lazy).toEqual({ 'assets/header-4.js': ['assets/menu-5.js'] });
  });

  it("maps the specifiers to the build's files from the page's base", () => {
    expect(importMapOf(file, '/')).toEqual({ imports: { react: '/assets/lib-react-1.js' } });
    expect(importMapOf(file, './').imports.react).toBe('./assets/lib-react-1.js');
  });
});
