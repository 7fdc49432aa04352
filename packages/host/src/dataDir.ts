import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

/**
 * Where the release history (`releases/`) and the module CDN (`cdn/`) live: `data/` at the
 * repository root, or `SW_DATA_DIR`. A throw-away folder (the e2e runs) may be reset at start;
 * only folders under the system's temp folder, so a mistyped variable never wipes real data.
 */
export function prepareDataDir(root: string, configured: string | undefined, reset: boolean): string {
  const dir = resolve(configured ?? join(root, 'data'));
  if (reset) {
    if (relative(tmpdir(), dir).startsWith('..') || dir === tmpdir()) {
      throw new Error(`SW_DATA_RESET=1 only resets folders under ${tmpdir()}, not ${dir}`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}
