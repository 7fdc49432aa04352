import { z } from 'zod';
import { FEE_FILE_COLUMNS, feeToFileRow } from './fileRows.ts';
import { feeItemSchema, type FeeItem, type FeeStatus } from './schema.ts';

/** What the open data publishes: the charges in force and those under publicity. */
export const PUBLISHED_STATUSES: readonly FeeStatus[] = ['effective', 'publicised'];

export const isPublished = (item: FeeItem) => PUBLISHED_STATUSES.includes(item.status);

/** `GET /api/open-data/fees.json`. */
export const feeOpenDataSchema = z
  .object({
    title: z.string(),
    publisher: z.string(),
    licence: z.string(),
    asOf: z.iso.datetime({ offset: true }),
    statuses: z.array(z.string()),
    total: z.number().int().nonnegative(),
    items: z.array(feeItemSchema),
  })
  .meta({ id: 'FeeOpenData' });
export type FeeOpenData = z.infer<typeof feeOpenDataSchema>;

export const OPEN_DATA_TITLE = 'Shenzhen port charge catalogue (深圳口岸收费目录清单)';
export const OPEN_DATA_PUBLISHER = 'China (Shenzhen) International Trade Single Window';
export const OPEN_DATA_LICENCE =
  'Open data: free to reuse with attribution; items marked demo=true are illustrative values';

export function feeOpenData(items: readonly FeeItem[], asOf: string): FeeOpenData {
  const published = items.filter(isPublished);
  return {
    title: OPEN_DATA_TITLE,
    publisher: OPEN_DATA_PUBLISHER,
    licence: OPEN_DATA_LICENCE,
    asOf,
    statuses: [...PUBLISHED_STATUSES],
    total: published.length,
    items: published,
  };
}

/** The open-data CSV columns: identity, owner and status first, then the importable file columns. */
export const OPEN_DATA_CSV_COLUMNS = [
  'id',
  'status',
  'charging_body_id',
  'charging_body_zh_cn',
  'charging_body_zh_hk',
  'charging_body_en',
  ...FEE_FILE_COLUMNS,
  'publicity_ends_on',
] as const;

const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** The published catalogue as CSV (RFC 4180, UTF-8 with a BOM so spreadsheet programs read Chinese). */
export function feesToCsv(items: readonly FeeItem[]): string {
  const lines = [OPEN_DATA_CSV_COLUMNS.join(',')];
  for (const item of items.filter(isPublished)) {
    const row: Record<string, string> = {
      id: item.id,
      status: item.status,
      charging_body_id: item.chargingBody.id,
      charging_body_zh_cn: item.chargingBody.name['zh-CN'],
      charging_body_zh_hk: item.chargingBody.name['zh-HK'],
      charging_body_en: item.chargingBody.name.en,
      ...feeToFileRow(item),
      publicity_ends_on: item.publicity?.endsOn ?? item.pendingChange?.publicity?.endsOn ?? '',
    };
    lines.push(OPEN_DATA_CSV_COLUMNS.map((column) => quote(row[column] ?? '')).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
