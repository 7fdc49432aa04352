import { TARGETS, verdict, type LoadComparison } from './figures.ts';
import { downloadedOnce, type SingletonDownloads } from './singletons.ts';

export interface BenchReport {
  date: string;
  environment: string;
  network: string;
  runs: number;
  loads: LoadComparison[];
  singletons: { downloads: SingletonDownloads[]; reactRenderers: number; modulesVisited: number };
  languageSwitch: Array<{ path: string; suiteMs: number; monolithMs: number; modules: number }>;
  feeFilter: { medianMs: number; p95Ms: number; samples: number } | undefined;
  shellEntryKb: number;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ratio = (suite: number, monolith: number) => (monolith > 0 ? `${(suite / monolith).toFixed(2)}×` : '—');
const mark = (ok: boolean) => (ok ? 'met' : '**missed**');

function loadsTable(loads: LoadComparison[]): string[] {
  const lines = [
    '| page | cache | JS KB suite / monolith | × | requests | waterfall depth | main content ms suite / monolith | × | bytes ≤ 1.15× | time ≤ 1.2× |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
  ];
  for (const load of loads) {
    const { suite, monolith } = load;
    const ok = verdict(load);
    lines.push(
      `| ${load.label} \`${load.path}\` | ${load.cache} | ${kb(suite.jsBytes)} / ${kb(monolith.jsBytes)} | ${ratio(suite.jsBytes, monolith.jsBytes)} | ${suite.requests} / ${monolith.requests} | ${suite.depth} / ${monolith.depth} | ${Math.round(suite.mainContentMs)} / ${Math.round(monolith.mainContentMs)} | ${ratio(suite.mainContentMs, monolith.mainContentMs)} | ${mark(ok.bytes)} | ${mark(ok.time)} |`,
    );
  }
  return lines;
}

/** The report as Markdown: printed by `pnpm bench` and written to the file the README links. */
export function formatReport(report: BenchReport): string {
  const { singletons, languageSwitch, feeFilter } = report;
  const slowestSwitch = Math.max(...languageSwitch.map((s) => s.suiteMs));
  const once = downloadedOnce(singletons);
  return [
    '# Performance: the suite against a monolith of the same modules',
    '',
    `Measured ${report.date} by \`pnpm bench\` on ${report.environment}; ${report.network}; median of ${report.runs} loads per page and cache state.`,
    '',
    '## Page loads',
    '',
    'Suite: the portal shell loading each module through Module Federation from its own origin (as `npm start` serves it). Monolith: the same shell code and modules built as one Vite app (`bench/monolith`). JS KB are compressed bytes over the network; requests are all requests until the page is quiet; waterfall depth counts the chain of requests each started by the one before, up to the main content; main content is the module’s first data on screen, from navigation start.',
    '',
    ...loadsTable(report.loads),
    '',
    '## Page libraries in a session through all five modules',
    '',
    `One page, landing then every module by in-page navigation (${singletons.modulesVisited} pages). Library files are told by the release's own build (\`scoped-libraries.json\`, the import map's copies for each module version), the shell's \`page-libraries.json\` (the import map's default) and the entries of the modules' own copies (their standalone harness's: a second copy if loaded here); a file several libraries share (\`libs-core\` holds React, React DOM, antd's base components, i18next…) counts for each of them. Copies of React DOM that ran: ${singletons.reactRenderers}. Downloaded exactly once, from one origin: ${mark(once)}.`,
    '',
    '| library | downloaded from | files | downloaded again | KB |',
    '| --- | --- | ---: | ---: | ---: |',
    ...singletons.downloads.map(
      (d) =>
        `| ${d.name} | ${d.providers.map((p) => new URL(p).port).join(', ') || '(not downloaded)'} | ${d.files} | ${d.repeated} | ${kb(d.bytes)} |`,
    ),
    '',
    '## Language switch',
    '',
    `From the click on a language until every mounted module shows it, painted; median of nine switches per page (target ≤ ${TARGETS.languageSwitchMs} ms): ${mark(slowestSwitch <= TARGETS.languageSwitchMs)}. Charts (echarts, on /usage and a fee's history) redraw in the new language in the frames right after, about 100 ms later: they are not counted.`,
    '',
    '| page | modules on the page | suite ms | monolith ms |',
    '| --- | ---: | ---: | ---: |',
    ...languageSwitch.map(
      (s) => `| \`${s.path}\` | ${s.modules} | ${Math.round(s.suiteMs)} | ${Math.round(s.monolithMs)} |`,
    ),
    '',
    '## Fee directory filter at 20,000 items',
    '',
    feeFilter
      ? `Keystroke to painted table: median ${feeFilter.medianMs.toFixed(1)} ms, p95 ${feeFilter.p95Ms.toFixed(1)} ms over ${feeFilter.samples} keystrokes (target median ≤ ${TARGETS.feeFilterMedianMs} ms): ${mark(feeFilter.medianMs <= TARGETS.feeFilterMedianMs)}.`
      : 'Not measured in this run (`--skip-fee-filter`).',
    '',
    '## Shell entry',
    '',
    `${report.shellEntryKb.toFixed(1)} KB gzip (target ≤ ${TARGETS.shellEntryKb} KB): ${mark(report.shellEntryKb <= TARGETS.shellEntryKb)}.`,
    '',
  ].join('\n');
}
