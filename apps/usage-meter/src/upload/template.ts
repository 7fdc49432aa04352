import { PORT_IDS, USAGE_BUSINESSES, type PortId, type UsageBusiness } from '@sw/contracts';
import type { ExportColumn } from '@sw/ui';
import type { UploadColumn } from './readUsageRows.ts';

export interface TemplateRow {
  month: string;
  port: PortId;
  business: UsageBusiness;
}

/** A row for every business at every port for the month to report, the counts left to fill in. */
export function templateRows(month: string): TemplateRow[] {
  return USAGE_BUSINESSES.flatMap((business) => PORT_IDS.map((port) => ({ month, port, business })));
}

/** The template's columns, titled in the reader's language (the upload reads any language back). */
export function templateColumns(
  title: (column: UploadColumn) => string,
  names: { port: (id: PortId) => string; business: (id: UsageBusiness) => string },
): ExportColumn<TemplateRow>[] {
  return [
    { title: title('month'), value: (row) => row.month },
    { title: title('port'), value: (row) => names.port(row.port) },
    { title: title('business'), value: (row) => names.business(row.business) },
    { title: title('singleWindow'), value: () => null },
    { title: title('total'), value: () => null },
  ];
}
