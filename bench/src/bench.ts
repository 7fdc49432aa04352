// `pnpm bench` (issue 11): the federation tax. Builds the monolith baseline (bench/monolith), serves
// it beside the suite, and measures both in headless Chromium on a throttled network; then the page
// libraries over a session, the language switch, the fee filter at 20,000 items and the shell entry.
// Prints a Markdown report and writes it to bench/results/performance.md (linked from the README).
//
// Options: --runs <n> loads per page and cache state (default 7, see the README); --only /fees,/usage;
// --skip-fee-filter; --no-preloads (the portal without its module preloads, to measure them);
// --no-release-libraries (every module on the shell's whole libraries, to measure the release's cut);
// --offset <n> ports 4100+n… (default 800, beside npm start and the e2e runs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { build } from 'vite';
import type { RunningSuite } from '@sw/host';
import { workspaceModules } from '@sw/release/node';
import { readPageLibraries, shellEntrySize } from './bundleSizes.ts';
import { launchChromium, newBenchContext } from './perf/browser.ts';
import { median, medianLoad, type LoadComparison } from './perf/figures.ts';
import { measureLanguageSwitch } from './perf/languageSwitch.ts';
import { BENCH_ROUTES, type BenchRoute } from './perf/mainContent.ts';
import { recordNetwork, THROTTLED } from './perf/network.ts';
import { measurePageLoad, type PageLoadFigures } from './perf/pageLoad.ts';
import { formatReport, type BenchReport } from './perf/report.ts';
import { startBenchServers } from './perf/servers.ts';
import { countReactRenderers, libraryFilesOf, singletonDownloads } from './perf/singletons.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const benchDir = join(root, 'bench');
const monolithDir = join(benchDir, 'monolith', 'dist');
const reportFile = join(benchDir, 'results', 'performance.md');

const option = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
};
const RUNS = Number(option('runs') ?? 7);
const OFFSET = Number(option('offset') ?? process.env.BENCH_PORT_OFFSET ?? 800);
const only = option('only')?.split(',');
const routes = only ? BENCH_ROUTES.filter((r) => only.includes(r.path)) : BENCH_ROUTES;
const log = (message: string) => console.error(`[bench] ${message}`);

function requireBuilds() {
  const dirs = [join(root, 'shell'), ...workspaceModules(root).map((m) => m.dir)];
  const missing = dirs.filter((dir) => !existsSync(join(dir, 'dist'))).map((dir) => relative(root, dir));
  if (missing.length)
    throw new Error(`${missing.join(', ')} not built: run \`pnpm build\` first (\`pnpm bench\` does)`);
}

async function buildMonolith() {
  log('building the monolith baseline (bench/monolith)…');
  // The runner loader: the config imports workspace TypeScript (@sw/release) that Node cannot load itself.
  await build({ configFile: join(benchDir, 'monolith', 'vite.config.ts'), configLoader: 'runner', logLevel: 'warn' });
}

/**
 * A load that timed out is measured again from scratch, up to twice: Chromium's network throttling
 * now and then stalls a browser context's requests for good (seen in about 1 of 25 loads, every origin at
 * once, while the servers answer the same URLs at once), which says nothing about the page.
 */
async function withRetries<T>(what: string, measure: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await measure();
    } catch (error) {
      if (attempt >= attempts) throw error;
      log(`${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}; measuring again`);
    }
  }
}

/** One page load per variant, cold then warm, alternating which goes first so neither is favoured. */
async function comparePageLoads(browser: Browser, urls: { suite: string; monolith: string }) {
  const loads: LoadComparison[] = [];
  for (const route of routes) {
    const runs = { suite: { cold: [], warm: [] }, monolith: { cold: [], warm: [] } } as Record<
      'suite' | 'monolith',
      Record<'cold' | 'warm', PageLoadFigures[]>
    >;
    for (let run = 0; run < RUNS; run++) {
      const order = run % 2 ? (['monolith', 'suite'] as const) : (['suite', 'monolith'] as const);
      for (const variant of order) {
        const url = new URL(`${route.path.slice(1)}?lang=zh-CN`, urls[variant]).href;
        const [cold, warm] = await withRetries(`${variant} ${route.path}`, async () => {
          const context = await newBenchContext(browser);
          try {
            // A new visit in the same context: the first page is gone, its cache stays.
            const first = await context.newPage();
            const coldLoad = await measurePageLoad(context, first, url, route);
            await first.close();
            return [coldLoad, await measurePageLoad(context, await context.newPage(), url, route)] as const;
          } finally {
            await context.close();
          }
        });
        runs[variant].cold.push(cold);
        runs[variant].warm.push(warm);
      }
    }
    for (const cache of ['cold', 'warm'] as const) {
      const comparison = {
        path: route.path,
        label: route.label,
        cache,
        suite: medianLoad(runs.suite[cache]),
        monolith: medianLoad(runs.monolith[cache]),
      };
      loads.push(comparison);
      log(
        `${route.path} ${cache}: suite ${Math.round(comparison.suite.mainContentMs)} ms ${(comparison.suite.jsBytes / 1024).toFixed(0)} KB, monolith ${Math.round(comparison.monolith.mainContentMs)} ms ${(comparison.monolith.jsBytes / 1024).toFixed(0)} KB`,
      );
    }
  }
  return loads;
}

async function waitForMainContent(page: Page, route: BenchRoute) {
  await page.locator(route.mainContent).first().waitFor({ state: 'visible', timeout: 60_000 });
}

/**
 * The page libraries' files, to tell them among the downloads: the shell's (the portal's import map),
 * and the entries of each module's own copies (its standalone harness's, a second copy in the portal).
 */
function pageLibraryFiles(suite: RunningSuite) {
  const shellDist = join(root, 'shell', 'dist');
  const page = readPageLibraries(shellDist);
  if (!page) throw new Error(`${relative(root, shellDist)} has no page-libraries.json: rebuild the shell`);
  const modules = workspaceModules(root).flatMap((m) => readPageLibraries(join(m.dir, 'dist')) ?? []);
  return libraryFilesOf(page, modules, releaseLibraryCopies(suite));
}

/** The live release's own copies of the libraries, as the portal gives them to each module version (paths from its root). */
function releaseLibraryCopies(suite: RunningSuite): Array<Record<string, string[]>> {
  const libraries = suite.releaseLibraries?.(suite.releases.served('production'));
  return [...(libraries?.scopes.values() ?? [])].map((copies) =>
    Object.fromEntries(
      Object.entries(copies).map(([specifier, { files }]) => [specifier, files.map((url) => url.replace(/^\//, ''))]),
    ),
  );
}

/** One session through the landing page and every module, by in-page navigation, on the suite. */
async function sharedLibrariesSession(
  browser: Browser,
  portalUrl: string,
  libraryFiles: Map<string, Set<string>>,
): Promise<BenchReport['singletons']> {
  const context = await newBenchContext(browser);
  try {
    const page = await context.newPage();
    await page.addInitScript(countReactRenderers);
    const cdp = await context.newCDPSession(page);
    const network = await recordNetwork(cdp);
    await page.goto(new URL('/?lang=zh-CN', portalUrl).href);
    const [landing, ...modules] = BENCH_ROUTES;
    await waitForMainContent(page, landing!);
    for (const route of modules) {
      // single-spa follows history.pushState, as a click on a menu link does.
      await page.evaluate((path) => history.pushState(null, '', path), route.path);
      await waitForMainContent(page, route);
    }
    await page.waitForTimeout(1000);
    network.stop();
    const reactRenderers = await page.evaluate(
      () => (window as unknown as { __swReactRenderers: number }).__swReactRenderers,
    );
    return {
      downloads: singletonDownloads(network.requests, libraryFiles),
      reactRenderers,
      modulesVisited: BENCH_ROUTES.length,
    };
  } finally {
    await context.close();
  }
}

/**
 * Switches per page and variant: English, Traditional and back to Simplified Chinese, three times over.
 * One switch takes 50–150 ms on a page and moves 10–30% from one to the next on a loaded machine; the
 * median of three was not stable from run to run.
 */
const LANGUAGE_SWITCH_ROUNDS = 3;

/** The median switch of each page, in the suite and in the monolith. */
async function languageSwitches(browser: Browser, urls: { suite: string; monolith: string }) {
  const results: BenchReport['languageSwitch'] = [];
  for (const route of routes) {
    const figures = { suite: [] as number[], monolith: [] as number[] };
    let modules = 0;
    for (const variant of ['suite', 'monolith'] as const) {
      const context = await newBenchContext(browser);
      try {
        const page = await context.newPage();
        await page.goto(new URL(`${route.path.slice(1)}?lang=zh-CN`, urls[variant]).href);
        await waitForMainContent(page, route);
        await page.waitForTimeout(500);
        const locales = Array.from({ length: LANGUAGE_SWITCH_ROUNDS }, () => ['en', 'zh-HK', 'zh-CN'] as const).flat();
        for (const locale of locales) {
          const measured = await measureLanguageSwitch(page, locale);
          figures[variant].push(measured.ms);
          modules = measured.modules;
          await page.waitForTimeout(300);
        }
      } finally {
        await context.close();
      }
    }
    results.push({ path: route.path, suiteMs: median(figures.suite), monolithMs: median(figures.monolith), modules });
    log(
      `language switch ${route.path}: suite ${median(figures.suite).toFixed(0)} ms, monolith ${median(figures.monolith).toFixed(0)} ms`,
    );
  }
  return results;
}

function feeFilter(): BenchReport['feeFilter'] {
  if (process.argv.includes('--skip-fee-filter')) return undefined;
  log('fee directory filter at 20,000 items (apps/fee-directory/bench)…');
  const dir = mkdtempSync(join(tmpdir(), 'sw-fee-bench-'));
  try {
    const out = join(dir, 'figures.json');
    const app = join(root, 'apps', 'fee-directory');
    const tsx = createRequire(join(benchDir, 'package.json')).resolve('tsx/cli');
    const result = spawnSync(process.execPath, [tsx, 'bench/filterBench.ts', '--json', out], {
      cwd: app,
      stdio: 'inherit',
    });
    if (result.status !== 0 || !existsSync(out)) throw new Error('the fee filter bench failed');
    return JSON.parse(readFileSync(out, 'utf8')) as BenchReport['feeFilter'];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  requireBuilds();
  await buildMonolith();
  const servers = await startBenchServers(root, monolithDir, OFFSET, {
    preloads: !process.argv.includes('--no-preloads'),
    releaseLibraries: !process.argv.includes('--no-release-libraries'),
  });
  const libraryFiles = pageLibraryFiles(servers.suite);
  const browser = await launchChromium();
  try {
    const urls = { suite: servers.suite.url, monolith: servers.monolithUrl };
    log(`suite ${urls.suite}, monolith ${urls.monolith}; ${RUNS} runs per page and cache state`);
    const loads = await comparePageLoads(browser, urls);
    const singletons = await sharedLibrariesSession(browser, urls.suite, libraryFiles);
    const languageSwitch = await languageSwitches(browser, urls);
    const report: BenchReport = {
      date: new Date().toISOString().slice(0, 10),
      environment: `Chromium ${browser.version()}, Node ${process.version}, ${cpus().length} cores`,
      network: `network throttled through the DevTools protocol to ${(THROTTLED.downloadThroughput * 8) / 1024 / 1024} Mbit/s with ${THROTTLED.latency} ms latency per request`,
      runs: RUNS,
      loads,
      singletons,
      languageSwitch,
      feeFilter: feeFilter(),
      shellEntryKb: shellEntrySize(join(root, 'shell', 'dist')).entry / 1024,
    };
    // Formatted like every other file of the repository (the report is committed; npm test checks formatting).
    const markdown = await format(formatReport(report), { ...(await resolveConfig(reportFile)), filepath: reportFile });
    console.log(markdown);
    mkdirSync(dirname(reportFile), { recursive: true });
    writeFileSync(reportFile, markdown);
    log(`written to ${reportFile}`);
  } finally {
    await browser.close();
    await servers.close();
  }
}

await main();
