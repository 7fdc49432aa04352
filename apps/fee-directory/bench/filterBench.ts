// `pnpm --filter @sw/fee-directory bench`: how fast the fee list filters 20,000 items.
//
// 1. In Node: building the search index (with pinyin keys) and each query over it.
// 2. In headless Chromium: the production build of the real fee list over 20,000 items; the
//    search box is typed into key by key and the time from each input event to the first paint
//    after it (the updated table) is recorded. Target: median at most 50 ms.
//
// Options: --items <n> (default 20000), --runs <n> (Node query repetitions, default 20),
// --json <file> (also write the browser figures there, for the suite's `pnpm bench`).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../../scripts/lib/chromiumLaunch.mjs';
import { build, preview } from 'vite';
import { createFeeSearchIndex, type FeeQuery } from '@sw/contracts';
import { generateFees } from '@sw/mocks/data';
import { feePinyinKeys } from '../src/search/pinyinKeys.ts';

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const ITEMS = arg('items', 20_000);
const RUNS = arg('runs', 20);
const jsonIndex = process.argv.indexOf('--json');
const JSON_FILE = jsonIndex === -1 ? undefined : process.argv[jsonIndex + 1];

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
};
const ms = (value: number) => `${value.toFixed(1)} ms`;
const line = (label: string, s: ReturnType<typeof stats>) =>
  s.n === 0
    ? console.log(`  ${label.padEnd(44)} (no samples)`)
    : console.log(
        `  ${label.padEnd(44)} median ${ms(s.median).padStart(9)}  p95 ${ms(s.p95).padStart(9)}  max ${ms(s.max).padStart(9)}  (n=${s.n})`,
      );

/** What typing "yinhang", "码头作业" and "terminal" does, keystroke by keystroke, plus filter clicks. */
const prefixes = (text: string) => [...text].map((_, i) => text.slice(0, i + 1));
const QUERIES: Array<[string, FeeQuery[]]> = [
  ['pinyin "yinhang", per keystroke', prefixes('yinhang').map((q) => ({ q }))],
  ['Chinese "码头作业", per keystroke', prefixes('码头作业').map((q) => ({ q }))],
  ['English "terminal", per keystroke', prefixes('terminal').map((q) => ({ q }))],
  ['filters: port + status + category', [{ port: ['yantian'], status: ['effective'], category: ['storage'] }]],
  ['text + filters, sorted by amount', [{ q: 'storage', port: ['shekou', 'chiwan'], sort: 'amount', order: 'desc' }]],
];

function nodeBench() {
  console.log(`\nNode ${process.version}: createFeeSearchIndex over ${ITEMS.toLocaleString('en')} items`);
  const items = generateFees(ITEMS);
  let start = performance.now();
  const index = createFeeSearchIndex(items, feePinyinKeys);
  console.log(`  index build (with pinyin keys)              ${ms(performance.now() - start)}`);
  for (const [label, queries] of QUERIES) {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      for (const query of queries) {
        start = performance.now();
        index.search(query, 'zh-CN');
        times.push(performance.now() - start);
      }
    }
    line(label, stats(times));
  }
}

async function browserBench() {
  const root = fileURLToPath(new URL('./page/', import.meta.url));
  const outDir = mkdtempSync(join(tmpdir(), 'fee-bench-'));
  try {
    await build({
      root,
      logLevel: 'error',
      plugins: [react()],
      build: { outDir, emptyOutDir: true, target: 'es2022' },
    });
    const server = await preview({
      root,
      logLevel: 'error',
      build: { outDir },
      preview: { port: 0, host: '127.0.0.1' },
    });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('the preview server has no address');
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      const loadStart = performance.now();
      await page.goto(`${url}?items=${ITEMS}`);
      page.on('pageerror', (error) => console.error('page error:', error.message));
      page.on('console', (message) => message.type() === 'error' && console.error('page console:', message.text()));
      page.on('requestfailed', (request) => console.error('request failed:', request.url()));
      await page.getByText(`共 ${ITEMS} 项`).waitFor({ timeout: 120_000 });
      console.log(
        `\nHeadless Chromium (${browser.version()}): the fee list over ${ITEMS.toLocaleString('en')} items, production build`,
      );
      console.log(`  first render with data                      ${ms(performance.now() - loadStart)}`);
      // Let pinyin keys load and the index rebuild before measuring.
      await page.waitForTimeout(3000);
      const box = page.getByRole('searchbox');
      const all: number[] = [];
      for (const text of ['yinhang', '码头作业', 'terminal', 'storage yantian']) {
        await box.fill('');
        await page.waitForTimeout(300);
        await page.evaluate(() => (window.keystrokeLatencies = []));
        await box.pressSequentially(text, { delay: 120 });
        await page.waitForTimeout(300);
        const latencies = await page.evaluate(() => window.keystrokeLatencies);
        all.push(...latencies);
        line(`typing "${text}", input → painted table`, stats(latencies));
      }
      const overall = stats(all);
      line('all keystrokes', overall);
      console.log(`  target: median ≤ 50 ms — ${overall.median <= 50 ? 'met' : 'NOT met'}`);
      if (JSON_FILE) {
        const figures = { items: ITEMS, medianMs: overall.median, p95Ms: overall.p95, samples: overall.n };
        writeFileSync(JSON_FILE, JSON.stringify(figures));
      }
    } finally {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

nodeBench();
await browserBench();
