import type { Insertable, Selectable } from 'kysely';
import type { LocalizedText, Terminal, StandardVersion } from '@sw/contracts';
import type { StoredActual } from '@sw/mocks/data';
import type { ServiceActualsTable, ServiceStandardsTable, ServiceTerminalsTable } from './tables.ts';

const text = (zhCN: string, zhHK: string, en: string): LocalizedText => ({ 'zh-CN': zhCN, 'zh-HK': zhHK, en });

/** A terminal row with its operating organisation's name (from the organisations table). */
export type TerminalRow = Selectable<ServiceTerminalsTable> & {
  operator_zh_cn: string;
  operator_zh_hk: string;
  operator_en: string;
};

export function rowToTerminal(row: TerminalRow): Terminal {
  return {
    id: row.id,
    shortName: row.short_name,
    name: text(row.name_zh_cn, row.name_zh_hk, row.name_en),
    organisationId: row.organisation_id,
    operator: text(row.operator_zh_cn, row.operator_zh_hk, row.operator_en),
    port: row.port_id as Terminal['port'],
    address: text(row.address_zh_cn, row.address_zh_hk, row.address_en),
    contacts: {
      phone: row.phone,
      ...(row.email ? { email: row.email } : {}),
      ...(row.website ? { website: row.website } : {}),
      hours: text(row.hours_zh_cn, row.hours_zh_hk, row.hours_en),
    },
    demo: Boolean(row.demo),
    ...(row.source ? { source: row.source } : {}),
  };
}

export function terminalToRow(terminal: Terminal, position: number): Insertable<ServiceTerminalsTable> {
  return {
    id: terminal.id,
    position,
    short_name: terminal.shortName,
    organisation_id: terminal.organisationId,
    port_id: terminal.port,
    name_zh_cn: terminal.name['zh-CN'],
    name_zh_hk: terminal.name['zh-HK'],
    name_en: terminal.name.en,
    address_zh_cn: terminal.address['zh-CN'],
    address_zh_hk: terminal.address['zh-HK'],
    address_en: terminal.address.en,
    phone: terminal.contacts.phone,
    email: terminal.contacts.email ?? null,
    website: terminal.contacts.website ?? null,
    hours_zh_cn: terminal.contacts.hours['zh-CN'],
    hours_zh_hk: terminal.contacts.hours['zh-HK'],
    hours_en: terminal.contacts.hours.en,
    demo: terminal.demo ? 1 : 0,
    source: terminal.source ?? null,
  };
}

export function rowToVersion(row: Selectable<ServiceStandardsTable>): StandardVersion {
  const changeNote =
    row.change_note_zh_cn && row.change_note_zh_hk && row.change_note_en
      ? text(row.change_note_zh_cn, row.change_note_zh_hk, row.change_note_en)
      : undefined;
  return {
    terminalId: row.terminal_id,
    operation: row.operation as StandardVersion['operation'],
    process: text(row.process_zh_cn, row.process_zh_hk, row.process_en),
    timeLimit: { value: Number(row.limit_value), unit: row.limit_unit as StandardVersion['timeLimit']['unit'] },
    clockStart: row.clock_start as StandardVersion['clockStart'],
    commitmentPercent: Number(row.commitment_percent),
    conditions: text(row.conditions_zh_cn, row.conditions_zh_hk, row.conditions_en),
    forceMajeure: text(row.force_majeure_zh_cn, row.force_majeure_zh_hk, row.force_majeure_en),
    effectiveFrom: row.effective_from,
    version: Number(row.version),
    publishedAt: row.published_at,
    ...(changeNote ? { changeNote } : {}),
    demo: Boolean(row.demo),
    ...(row.source ? { source: row.source } : {}),
  };
}

export function versionToRow(version: StandardVersion, publishedBy: string): Insertable<ServiceStandardsTable> {
  return {
    terminal_id: version.terminalId,
    operation: version.operation,
    version: version.version,
    process_zh_cn: version.process['zh-CN'],
    process_zh_hk: version.process['zh-HK'],
    process_en: version.process.en,
    limit_value: version.timeLimit.value,
    limit_unit: version.timeLimit.unit,
    clock_start: version.clockStart,
    commitment_percent: version.commitmentPercent,
    conditions_zh_cn: version.conditions['zh-CN'],
    conditions_zh_hk: version.conditions['zh-HK'],
    conditions_en: version.conditions.en,
    force_majeure_zh_cn: version.forceMajeure['zh-CN'],
    force_majeure_zh_hk: version.forceMajeure['zh-HK'],
    force_majeure_en: version.forceMajeure.en,
    effective_from: version.effectiveFrom,
    published_at: version.publishedAt,
    published_by: publishedBy,
    change_note_zh_cn: version.changeNote?.['zh-CN'] ?? null,
    change_note_zh_hk: version.changeNote?.['zh-HK'] ?? null,
    change_note_en: version.changeNote?.en ?? null,
    demo: version.demo ? 1 : 0,
    source: version.source ?? null,
  };
}

export function rowToActual(row: Selectable<ServiceActualsTable>): StoredActual {
  return {
    terminalId: row.terminal_id,
    month: row.month,
    operation: row.operation as StoredActual['operation'],
    handled: Number(row.handled),
    withinLimitPercent: Number(row.within_limit_percent),
    demo: Boolean(row.demo),
  };
}

export function actualToRow(actual: StoredActual, at: string, by: string): Insertable<ServiceActualsTable> {
  return {
    terminal_id: actual.terminalId,
    operation: actual.operation,
    month: actual.month,
    handled: actual.handled,
    within_limit_percent: actual.withinLimitPercent,
    demo: actual.demo ? 1 : 0,
    updated_at: at,
    updated_by: by,
  };
}
