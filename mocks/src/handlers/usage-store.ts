import {
  planUsageImport,
  usageFigureKey,
  type UsageFigure,
  type UsageImportRequest,
  type UsageImportResult,
  type UsageImportSummary,
  type UsageRevision,
} from '@sw/contracts';
import { USAGE_AS_OF, USAGE_FIGURES, demoUsageRevisions } from '../data/usage.ts';

/**
 * The mocks' usage figures with their history and uploads, in memory: uploads change them as the
 * server would, so a module can be tried (and tested) end to end without the server.
 */
export interface UsageMockStore {
  figures(): UsageFigure[];
  figure(key: string): UsageFigure | undefined;
  /** A figure's versions, newest first. */
  revisions(key: string): UsageRevision[];
  imports(): UsageImportSummary[];
  asOf(): string;
  preview(request: UsageImportRequest): UsageImportResult;
  /** Applies an upload: new figures, corrections with a new revision; unchanged rows write nothing. */
  apply(request: UsageImportRequest, by: string, now: Date): UsageImportResult;
  /** Back to the demo data. */
  reset(): void;
}

const importId = (now: Date) =>
  `IMP-${now.toISOString().slice(0, 10).replaceAll('-', '')}-${Array.from(
    crypto.getRandomValues(new Uint8Array(4)),
    (b) => b.toString(16).padStart(2, '0'),
  )
    .join('')
    .toUpperCase()}`;

export function createUsageMockStore(): UsageMockStore {
  let figures = new Map<string, UsageFigure>();
  let history = new Map<string, UsageRevision[]>();
  let uploads: UsageImportSummary[] = [];
  let asOf = USAGE_AS_OF;

  const reset = () => {
    figures = new Map(USAGE_FIGURES.map((figure) => [usageFigureKey(figure), figure]));
    history = new Map(USAGE_FIGURES.map((figure) => [usageFigureKey(figure), demoUsageRevisions(figure)]));
    uploads = [];
    asOf = USAGE_AS_OF;
  };
  reset();

  const preview = (request: UsageImportRequest) => planUsageImport(request, (row) => figures.get(usageFigureKey(row)));

  return {
    figures: () => [...figures.values()],
    figure: (key) => figures.get(key),
    revisions: (key) => history.get(key) ?? [],
    imports: () => [...uploads],
    asOf: () => asOf,
    preview,
    apply(request, by, now) {
      const at = now.toISOString();
      const id = importId(now);
      const plan = preview(request);
      for (const row of plan.rows) {
        if (row.change === 'unchanged') continue;
        const key = usageFigureKey(row);
        const revision = (row.previous?.revision ?? 0) + 1;
        figures.set(key, {
          business: row.business,
          port: row.port,
          month: row.month,
          singleWindow: row.singleWindow,
          total: row.total,
          revision,
          source: request.source,
          demo: false,
        });
        const version: UsageRevision = {
          revision,
          singleWindow: row.singleWindow,
          total: row.total,
          source: request.source,
          demo: false,
          ...(request.note ? { note: request.note } : {}),
          importId: id,
          at,
        };
        history.set(key, [version, ...(history.get(key) ?? [])]);
      }
      if (plan.created + plan.corrected > 0) asOf = at;
      const { rows, ...counts } = plan;
      uploads = [{ id, at, by, ...counts, rows: rows.length }, ...uploads];
      return { id, at, ...plan };
    },
    reset,
  };
}
