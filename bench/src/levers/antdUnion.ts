// What sharing antd tree-shaken to the union of the exports a release's modules use would weigh,
// against the whole library the federation shares today (issue 11's "server-calc" lever, measured
// before building it). Run: pnpm --filter @sw/bench exec tsx src/levers/antdUnion.ts (after pnpm build).
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const sourceDirs = [
  ...readdirSync(join(root, 'apps')).map((name) => join(root, 'apps', name, 'src')),
  ...['module-kit', 'ui'].map((name) => join(root, 'packages', name, 'src')),
];

/** Named imports from 'antd' in every source file (tests excluded). */
function usedAntdExports(): Set<string> {
  const used = new Set<string>();
  for (const dir of sourceDirs) {
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!/\.tsx?$/.test(file) || /\.test\.tsx?$/.test(file)) continue;
      const code = readFileSync(join(dir, file), 'utf8');
      for (const match of code.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'antd'/g)) {
        if (match[0].startsWith('import type')) continue;
        for (const part of match[1]!.split(',')) {
          const name = part
            .trim()
            .replace(/^type\s+/, '')
            .split(/\s+as\s+/)[0]!;
          if (name && !part.trim().startsWith('type ')) used.add(name);
        }
      }
    }
  }
  return used;
}

async function gzipOfBundle(entryCode: string): Promise<number> {
  // Inside module-kit, which depends on antd, so the entry resolves it.
  const dir = mkdtempSync(join(root, 'packages', 'module-kit', '.antd-union-'));
  try {
    writeFileSync(join(dir, 'entry.js'), entryCode);
    const output = await build({
      root: join(root, 'packages', 'module-kit'),
      logLevel: 'error',
      configFile: false,
      build: {
        write: false,
        minify: true,
        lib: { entry: join(dir, 'entry.js'), formats: ['es'], fileName: 'antd' },
        rolldownOptions: { external: ['react', 'react-dom', 'react/jsx-runtime', '@ant-design/cssinjs'] },
      },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
    return chunks.reduce((sum, chunk) => sum + ('code' in chunk ? gzipSync(chunk.code, { level: 9 }).length : 0), 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const used = [...usedAntdExports()].sort();
const whole = await gzipOfBundle(`export * from 'antd';`);
const union = await gzipOfBundle(`export { ${used.join(', ')} } from 'antd';`);
console.log(`antd exports used across the suite's modules: ${used.length} (${used.join(', ')})`);
console.log(`whole antd, as shared today:        ${(whole / 1024).toFixed(1)} KB gzip`);
console.log(
  `tree-shaken to the release's union: ${(union / 1024).toFixed(1)} KB gzip (${((union / whole) * 100).toFixed(0)}%)`,
);
