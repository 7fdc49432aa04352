import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Hints one of the page's lazy chunks in `index.html` (`<link rel="modulepreload">`): it downloads
 * with the entry instead of after the entry has run and asked for it, one round trip later. For a
 * chunk every page needs soon but not at once (the federation runtime: the entry first reads the
 * release). Its own imports are not hinted here; the portal hints those it knows a page needs.
 */
export function preloadLazyChunk(source: string): Plugin {
  let file = '';
  let base = '/';
  return {
    name: 'sw:preload-lazy-chunk',
    apply: 'build',
    configResolved(config) {
      file = resolve(config.root, source);
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.facadeModuleId === file,
        );
        if (!chunk) throw new Error(`preloadLazyChunk: the build has no chunk for ${source}`);
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
