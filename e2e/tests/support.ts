import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Request } from '@playwright/test';

const OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0);

/** This run's release history and module CDN (apart from data/ and other runs), reset when the host starts. */
export const DATA_DIR = join(tmpdir(), `sw-e2e-data-${4100 + OFFSET}`);

/** A module's origin as the host serves it (its port from package.json, moved by E2E_PORT_OFFSET). */
export const moduleOrigin = (port: number) => `http://localhost:${port + OFFSET}`;

/** The legacy single-window page fixture (e2e/fixtures), its own origin with a strict CSP. */
export const LEGACY_ORIGIN = `http://localhost:${4190 + OFFSET}`;

export const ORIGINS = {
  frame: moduleOrigin(4101),
  feeDirectory: moduleOrigin(4102),
  clearanceGuide: moduleOrigin(4103),
  serviceTimes: moduleOrigin(4104),
  hotline: moduleOrigin(4105),
  usageMeter: moduleOrigin(4106),
} as const;

/**
 * The page libraries' files, as the portal's import map gives them to the release's modules (the
 * release's own build, host's releaseLibraries: `lib-<specifier>-<names>-<hash>.js` for each library
 * as a module imports it, and `libs-core-<hash>.js` for the code every page runs: React, antd's base
 * components…). Each must be fetched once per page, however many modules use it.
 */
export const SHARED_CHUNKS = {
  react: /\/page-libraries\/\w+\/assets\/lib-react-\w{6}-[\w-]{8}\.js$/,
  'react-dom': /\/page-libraries\/\w+\/assets\/lib-react-dom-\w{6}-[\w-]{8}\.js$/,
  "every page's code (React, antd's base)": /\/page-libraries\/\w+\/assets\/libs-core-[\w-]{8}\.js$/,
} as const;

/** The shell's whole copies of the libraries (its import map's own): no release module should load them. */
export const SHELL_LIBRARY_COPIES = /^[^?]*:\d+\/assets\/lib-(react|sw-antd|tanstack|i18next|ant-design)/;

/** Records every request the page makes, for counting downloads. */
export function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

/** Counts document loads, to prove something happened without reloading the page. */
export function countDocumentLoads(page: Page): () => number {
  let loads = 0;
  page.on('request', (request) => {
    if (request.resourceType() === 'document' && request.frame() === page.mainFrame()) loads++;
  });
  return () => loads;
}

/** axe-core over one module's part of the page (`[data-module]`), so each module answers for its own markup. */
export async function expectNoAxeViolations(page: Page, module: string): Promise<void> {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const { expect } = await import('@playwright/test');
  const results = await new AxeBuilder({ page }).include(`[data-module="${module}"]`).analyze();
  const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found).toEqual([]);
}
