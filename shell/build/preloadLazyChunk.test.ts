import { describe, expect, it } from 'vitest';
import type { IndexHtmlTransformHook, ResolvedConfig } from 'vite';
import { preloadLazyChunk } from './preloadLazyChunk.ts';

function tagsFor(bundle: Record<string, unknown>) {
  const plugin = preloadLazyChunk('src/federation.ts');
  (plugin.configResolved as (config: ResolvedConfig) => void)({ root: '/repo/shell', base: '/' } as ResolvedConfig);
  const { handler } = plugin.transformIndexHtml as { handler: IndexHtmlTransformHook };
  return handler.call(undefined as never, '<html></html>', { bundle } as never);
}

describe('preloading a lazy chunk from index.html', () => {
  it("hints the chunk built from the source, under the page's base", () => {
    const bundle = {
      'assets/main-1.js': { type: 'chunk', fileName: 'assets/main-1.js', facadeModuleId: '/repo/shell/index.html' },
      'assets/federation-2.js': {
        type: 'chunk',
        fileName: 'assets/federation-2.js',
        facadeModuleId: '/repo/shell/src/federation.ts',
      },
    };
    expect(tagsFor(bundle)).toEqual([
      {
        tag: 'link',
        attrs: { rel: 'modulepreload', crossorigin: true, href: '/assets/federation-2.js' },
        injectTo: 'head',
      },
    ]);
  });

  it('fails the build when the source no longer has a chunk of its own (it was bundled into the entry)', () => {
    const bundle = {
      'assets/main-1.js': { type: 'chunk', fileName: 'assets/main-1.js', facadeModuleId: '/repo/shell/index.html' },
    };
    expect(() => tagsFor(bundle)).toThrow('the build has no chunk for src/federation.ts');
  });
});
