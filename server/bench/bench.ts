/**
 * `pnpm bench:api`: load test of the portal API on loopback.
 *
 * Seeds a temporary SQLite file with a 20,000-item fee catalogue (the demo items as templates, see
 * synthetic.ts), starts the server (src/main.ts) in a child process on 127.0.0.1, and runs autocannon
 * against fee searches with filters and against lodging objections (the public write). Prints
 * requests/s and p50/p99 latency per scenario.
 *
 *   --baseline        the server's simple search (contracts index, JSON.stringify per request, no cache)
 *   --no-cache        indexed search without the response cache
 *   --items N         catalogue size (default 20000)
 *   --duration S      seconds per scenario (default 10)
 *   --connections C   concurrent connections (default 10)
 *   --only NAME       run the scenarios whose name contains NAME
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon, { type Request } from 'autocannon';
import { createPortalApi } from '../src/index.ts';
import { syntheticSeedData } from './synthetic.ts';

const { values: args } = parseArgs({
  options: {
    baseline: { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
    items: { type: 'string', default: '20000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    only: { type: 'string' },
  },
});
const ITEMS = Number(args.items);
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const serverDir = fileURLToPath(new URL('..', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'sw-bench-'));
const databasePath = join(dir, 'bench.db');
const data = syntheticSeedData(ITEMS);
let started = performance.now();
const seeding = createPortalApi({ databasePath, seed: data, mode: 'production', log: () => {} });
await seeding.ready;
await seeding.close();
console.log(`seeded ${ITEMS} fee items into ${databasePath} in ${Math.round(performance.now() - started)} ms`);

const port = await freePort();
const mode = args.baseline ? 'simple' : 'indexed';
const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  cwd: serverDir,
  env: {
    ...process.env,
    NODE_ENV: 'production',
    SW_API_MODE: 'production',
    DATABASE_URL: `file:${databasePath}`,
    PORT_API: String(port),
    HOST_API: '127.0.0.1',
    // The bench sends every objection from one address: the per-client limit would answer 429.
    RATE_LIMIT_MAX: '0',
    SEARCH_MODE: mode,
    ...(args['no-cache'] ? { SEARCH_CACHE_ENTRIES: '0' } : {}),
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
child.stdout.setEncoding('utf8');
// Whatever happens to this process, the server goes with it.
process.once('exit', () => child.kill('SIGKILL'));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
started = performance.now();
await new Promise<void>((resolve, reject) => {
  child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
  child.stdout.on('data', (chunk: string) => {
    process.stdout.write(`  server: ${chunk}`);
    if (chunk.includes('portal API')) resolve();
  });
});
console.log(
  `server up in ${Math.round(performance.now() - started)} ms (search: ${mode}${args['no-cache'] ? ', no cache' : ''})`,
);
const base = `http://127.0.0.1:${port}`;

// A publicised item to object to, and queries a person would run over this catalogue.
const publicised = data.fees.find((fee) => fee.status === 'publicised')!;
const q = encodeURIComponent;
const SEARCHES = [
  `/api/fees?q=${q('掏箱')}&port=yantian&status=effective`,
  `/api/fees?q=${q('冷藏箱')}&port=shekou,chiwan&category=terminal-handling`,
  `/api/fees?q=storage&port=mawan&status=effective&sort=amount`,
  `/api/fees?q=${q('鹽田')}&category=storage&status=effective`,
  `/api/fees?q=Hairun&category=agency,customs-broker`,
  `/api/fees?q=${q('引航')}&port=dachan-bay&sort=amount&order=desc`,
  `/api/fees?q=${q('海润')}&status=publicised`,
  `/api/fees?q=THC&port=yantian&pricingType=market-regulated&sort=code`,
  `/api/fees?q=fumigation&port=huanggang,wenjindu`,
  `/api/fees?q=${q('报关')}&unit=declaration,consignment&port=shenzhen-bay`,
  `/api/fees?chargingBody=org-qianhai-huatong&status=effective&sort=name`,
  `/api/fees?q=${q('查验')}&port=baoan-airport&category=inspection`,
];
const PAGES = [
  `/api/fees?q=${q('费')}&limit=20`,
  `/api/fees?q=container&sort=amount&limit=20`,
  `/api/fees?status=effective&sort=name&limit=20`,
  `/api/fees?q=${q('港')}&port=yantian&limit=20&offset=20`,
  `/api/fees?category=storage&sort=effectiveFrom&order=desc&limit=20`,
  `/api/fees?q=terminal&status=effective,publicised&limit=20`,
];

interface Scenario {
  name: string;
  requests: Request[];
}

let counter = 0;
const page = (path: string) => `${path}&limit=50`;
const scenarios: Scenario[] = [
  {
    name: 'GET /api/fees: text search + filters, first 50 (12 queries)',
    requests: SEARCHES.map((path) => ({ path: page(path) })),
  },
  {
    name: 'GET /api/fees: text search + filters, 50 at a time, never the same query twice',
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          // A different page every time: no answer can come from the response cache.
          path: `${page(SEARCHES[counter % SEARCHES.length]!)}&offset=${Math.floor(counter++ / SEARCHES.length) % 40}`,
        }),
      },
    ],
  },
  {
    name: 'GET /api/fees: text search + filters, every match (12 queries, 74 to 529 items)',
    requests: SEARCHES.map((path) => ({ path })),
  },
  { name: 'GET /api/fees: broad search, first 20 (6 queries)', requests: PAGES.map((path) => ({ path })) },
  { name: 'GET /api/fees/:id', requests: [{ path: `/api/fees/${data.fees[Math.floor(data.fees.length / 2)]!.id}` }] },
  {
    name: 'POST /api/fees/:id/objections (public write)',
    requests: [
      {
        method: 'POST',
        path: `/api/fees/${publicised.id}/objections`,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          reason: 'The charge duplicates the terminal handling charge already paid for the same move.',
          name: 'Load test',
          contact: { email: 'bench@example.com' },
        }),
      },
    ],
  },
  {
    name: 'POST /api/fees/:id/objections with a new Idempotency-Key each',
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          method: 'POST',
          path: `/api/fees/${publicised.id}/objections`,
          headers: { 'content-type': 'application/json', 'idempotency-key': `bench-${counter++}` },
          body: JSON.stringify({ reason: 'The charge duplicates the terminal handling charge already paid.' }),
        }),
      },
    ],
  },
];

// Every query answers 200 before we measure.
for (const path of [...SEARCHES, ...PAGES]) {
  const response = await fetch(base + path);
  const body = (await response.json()) as { total?: number; items?: unknown[] };
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  console.log(
    `  ${String(body.items?.length).padStart(4)} of ${String(body.total).padStart(5)}  ${decodeURIComponent(path)}`,
  );
}

const rows: string[] = [];
try {
  for (const scenario of scenarios) {
    if (args.only && !scenario.name.includes(args.only)) continue;
    // Warm up (JIT, sort ranks, caches) before measuring.
    await autocannon({ url: base, connections: CONNECTIONS, duration: 2, requests: scenario.requests });
    const result = await autocannon({
      url: base,
      connections: CONNECTIONS,
      duration: DURATION,
      requests: scenario.requests,
    });
    const row = `| ${scenario.name} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${Math.round(result.throughput.average / result.requests.average / 1024)} KiB | ${result.non2xx + result.errors + result.timeouts} |`;
    rows.push(row);
    console.log(
      `${scenario.name}: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
        `${result['2xx']} ok, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
} finally {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  `\n${ITEMS} items, ${CONNECTIONS} connections, ${DURATION} s per scenario, search: ${mode}${args['no-cache'] ? ' (no cache)' : ''}, Node ${process.version}\n`,
);
console.log('| scenario | req/s | p50 ms | p99 ms | body | failed |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
