import { describe, expect, it } from 'vitest';
import { pageLibrariesFileSchema } from './pageLibraries.ts';

const react = { version: '19.3.1', file: 'assets/lib-react.js', files: ['assets/lib-react.js'] };

describe('pageLibrariesFileSchema', () => {
  it('reads a build from before `uses` and `lazy` were written', () => {
    const file = pageLibrariesFileSchema.parse({ libraries: { react }, imports: { 'assets/routes.js': ['react'] } });
    expect(file.uses).toBeUndefined();
    expect(file.lazy).toBeUndefined();
    expect(file.imports['assets/routes.js']).toEqual(['react']);
  });

  it('keeps what a module imports by name and its lazy chunks', () => {
    const file = pageLibrariesFileSchema.parse({
      libraries: { react },
      imports: {},
      uses: { react: ['useState'] },
      lazy: { 'assets/routes.js': ['assets/DataEntryPage.js'] },
    });
    expect(file.uses).toEqual({ react: ['useState'] });
    expect(file.lazy).toEqual({ 'assets/routes.js': ['assets/DataEntryPage.js'] });
  });

  it('refuses a library without its files, which the portal could not preload', () => {
    const result = pageLibrariesFileSchema.safeParse({
      libraries: { react: { version: '19.3.1', file: 'assets/lib-react.js' } },
      imports: {},
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['libraries', 'react', 'files']);
  });
});
