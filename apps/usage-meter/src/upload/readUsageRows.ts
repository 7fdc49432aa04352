import { LOCALES, USAGE_BUSINESSES, USAGE_IMPORT_MAX_ROWS, type Port } from '@sw/contracts';
import type { ParsedTable } from '@sw/ui';
import { usageMeterDefinition } from '../definition.ts';

export const UPLOAD_COLUMNS = ['month', 'port', 'business', 'singleWindow', 'total'] as const;
export type UploadColumn = (typeof UPLOAD_COLUMNS)[number];

/** A row as read from the file, in the API's shape; values that cannot be read stay as written, for the checks to name. */
export interface ReadRow {
  business: unknown;
  port: unknown;
  month: unknown;
  singleWindow: unknown;
  total: unknown;
}

export type ReadResult =
  | { ok: true; rows: ReadRow[]; /** The file's line of each row (the header is line 1). */ lines: number[] }
  | { ok: false; reason: 'missing-columns'; missing: UploadColumn[] }
  | { ok: false; reason: 'no-rows' }
  | { ok: false; reason: 'too-many-rows'; count: number };

/** Lower-case, full-width folded, without spaces and punctuation: how headers and names are compared. */
export const normalise = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-()（）.·:：/]/g, '');

const { resources } = usageMeterDefinition;

/** Every header a column is recognised by: its key and its title in each language (as the template writes it). */
const HEADER_ALIASES: Record<UploadColumn, Set<string>> = Object.fromEntries(
  UPLOAD_COLUMNS.map((column) => [
    column,
    new Set([column, ...LOCALES.map((locale) => resources[locale].columns[column])].map(normalise)),
  ]),
) as Record<UploadColumn, Set<string>>;

/** Business names in every language (with or without "declaration"), and the ids. */
const BUSINESS_ALIASES = new Map<string, string>(
  USAGE_BUSINESSES.flatMap((id) => [
    [normalise(id), id],
    ...LOCALES.flatMap((locale) => {
      const name = normalise(resources[locale].businesses[id]);
      return [
        [name, id],
        [name.replace(/申报|申報|declaration$/g, ''), id],
      ] as Array<[string, string]>;
    }),
  ]),
);

const PORT_SUFFIX = /(口岸|港|port)$/;

function portAliases(ports: readonly Port[]): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const port of ports) {
    for (const name of [port.id, ...LOCALES.map((locale) => port.name[locale])]) {
      const key = normalise(name);
      aliases.set(key, port.id);
      aliases.set(key.replace(PORT_SUFFIX, ''), port.id);
    }
  }
  return aliases;
}

/** `2021-12`, `2021/12`, `2021-12-01`, `2021.12`, `2021年12月` → `2021-12`; anything else as written. */
export function readMonth(value: string): string {
  const text = value.normalize('NFKC').trim();
  const match = /^(\d{4})\s*(?:[-/.年])\s*(\d{1,2})(?:\s*月)?(?:[-/.]\d{1,2}(?:日)?)?(?:[ T].*)?$/.exec(text);
  if (!match) return text;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? `${match[1]}-${String(month).padStart(2, '0')}` : text;
}

/** `12,345`, `12 345`, `１２３４５` → 12345; empty → undefined; anything else (e.g. `abc`, `1.5`) as written or as its number. */
export function readCount(value: string): unknown {
  const text = value
    .normalize('NFKC')
    .trim()
    .replace(/[,\s']/g, '');
  if (text === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : value.trim();
}

/**
 * Turns an uploaded table into rows for the upload checks: columns found by their header in any of
 * the suite's languages, business and port names in any language (or their ids), months and counts
 * in the usual spellings. Nothing is dropped or guessed: what cannot be read is kept as written, so
 * the checks can say what is wrong with which line.
 */
export function readUsageRows(table: ParsedTable, ports: readonly Port[]): ReadResult {
  const columnOf = new Map<UploadColumn, string>();
  for (const header of table.headers) {
    const key = normalise(header);
    const column = UPLOAD_COLUMNS.find((c) => HEADER_ALIASES[c].has(key));
    if (column && !columnOf.has(column)) columnOf.set(column, header);
  }
  const missing = UPLOAD_COLUMNS.filter((column) => !columnOf.has(column));
  if (missing.length) return { ok: false, reason: 'missing-columns', missing };
  if (table.rows.length === 0) return { ok: false, reason: 'no-rows' };
  if (table.rows.length > USAGE_IMPORT_MAX_ROWS)
    return { ok: false, reason: 'too-many-rows', count: table.rows.length };
  const portsByName = portAliases(ports);
  const cell = (row: Record<string, string>, column: UploadColumn) => row[columnOf.get(column)!] ?? '';
  const rows = table.rows.map((row): ReadRow => {
    const business = cell(row, 'business').trim();
    const port = cell(row, 'port').trim();
    return {
      business: BUSINESS_ALIASES.get(normalise(business)) ?? business,
      port: portsByName.get(normalise(port)) ?? portsByName.get(normalise(port).replace(PORT_SUFFIX, '')) ?? port,
      month: readMonth(cell(row, 'month')),
      singleWindow: readCount(cell(row, 'singleWindow')),
      total: readCount(cell(row, 'total')),
    };
  });
  return { ok: true, rows, lines: rows.map((_, index) => index + 2) };
}
