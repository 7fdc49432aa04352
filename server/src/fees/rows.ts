import type { Insertable, Selectable } from 'kysely';
import {
  feeApplicabilitySchema,
  feeItemSchema,
  pendingChangeSchema,
  type FeeItem,
  type FeeStandard,
  type LocalizedText,
  type Organisation,
  type Port,
} from '@sw/contracts';
import type { FeesTable, OrganisationsTable, PortsTable } from '../db/schema.ts';
import type { FeeLifecycleColumns } from './tables.ts';

type Prefix = 'name' | 'service' | 'payment' | 'legal_basis' | 'formula';

export function localizedColumns<P extends Prefix>(prefix: P, text: LocalizedText) {
  return {
    [`${prefix}_zh_cn`]: text['zh-CN'],
    [`${prefix}_zh_hk`]: text['zh-HK'],
    [`${prefix}_en`]: text.en,
  } as Record<`${P}_zh_cn` | `${P}_zh_hk` | `${P}_en`, string>;
}

export function localizedFrom(row: Record<string, unknown>, prefix: string): LocalizedText {
  return {
    'zh-CN': String(row[`${prefix}_zh_cn`]),
    'zh-HK': String(row[`${prefix}_zh_hk`]),
    en: String(row[`${prefix}_en`]),
  };
}

export interface WriteStamp {
  at: string;
  by: string;
}

/** The columns of a fee item (everything but its ports, which live in `fee_ports`). */
export function feeToRow(
  item: FeeItem,
  position: number,
  stamp: WriteStamp,
  version = 1,
): Insertable<FeesTable> & FeeLifecycleColumns {
  const { standard } = item;
  return {
    id: item.id,
    position,
    code: item.code,
    charging_body_id: item.chargingBody.id,
    category: item.category,
    unit: item.unit,
    pricing_type: item.pricingType,
    status: item.status,
    effective_from: item.effectiveFrom,
    ...localizedColumns('name', item.name),
    ...localizedColumns('service', item.service),
    ...localizedColumns('payment', item.payment),
    ...localizedColumns('legal_basis', item.legalBasis.title),
    legal_basis_url: item.legalBasis.url ?? null,
    standard_kind: standard.kind,
    standard_amount: standard.kind === 'fixed' ? standard.amount : (standard.indicativeAmount ?? null),
    formula_zh_cn: standard.kind === 'formula' ? standard.formula['zh-CN'] : null,
    formula_zh_hk: standard.kind === 'formula' ? standard.formula['zh-HK'] : null,
    formula_en: standard.kind === 'formula' ? standard.formula.en : null,
    currency: standard.currency,
    source: item.source ?? null,
    demo: item.demo ? 1 : 0,
    version,
    created_at: stamp.at,
    created_by: stamp.by,
    updated_at: stamp.at,
    updated_by: stamp.by,
    publicity_starts_on: item.publicity?.startsOn ?? null,
    publicity_ends_on: item.publicity?.endsOn ?? null,
    publicity_working_days: item.publicity?.workingDays ?? null,
    pending_json: item.pendingChange ? JSON.stringify(item.pendingChange) : null,
    applies_to_json: item.appliesTo ? JSON.stringify(item.appliesTo) : null,
  };
}

/** Rebuilds the contract's `FeeItem` from its row, its ports (in order) and its charging body. */
export function rowToFee(
  row: Selectable<FeesTable> & Partial<FeeLifecycleColumns>,
  ports: string[],
  body: Organisation,
): FeeItem {
  const standard: FeeStandard =
    row.standard_kind === 'fixed'
      ? { kind: 'fixed', amount: Number(row.standard_amount), currency: 'CNY' }
      : row.standard_amount === null
        ? { kind: 'formula', formula: localizedFrom(row, 'formula'), currency: 'CNY' }
        : {
            kind: 'formula',
            formula: localizedFrom(row, 'formula'),
            indicativeAmount: Number(row.standard_amount),
            currency: 'CNY',
          };
  const item = {
    id: row.id,
    code: row.code,
    chargingBody: { id: body.id, name: body.name },
    name: localizedFrom(row, 'name'),
    category: row.category,
    service: localizedFrom(row, 'service'),
    standard,
    unit: row.unit,
    pricingType: row.pricing_type,
    legalBasis:
      row.legal_basis_url === null
        ? { title: localizedFrom(row, 'legal_basis') }
        : { title: localizedFrom(row, 'legal_basis'), url: row.legal_basis_url },
    payment: localizedFrom(row, 'payment'),
    ports,
    effectiveFrom: row.effective_from,
    status: row.status,
    ...(row.source === null ? {} : { source: row.source }),
    demo: Number(row.demo) === 1,
    ...(row.applies_to_json ? { appliesTo: feeApplicabilitySchema.parse(JSON.parse(row.applies_to_json)) } : {}),
    ...(row.publicity_starts_on && row.publicity_ends_on
      ? {
          publicity: {
            startsOn: row.publicity_starts_on,
            endsOn: row.publicity_ends_on,
            workingDays: Number(row.publicity_working_days ?? 10),
          },
        }
      : {}),
    ...(row.pending_json ? { pendingChange: pendingChangeSchema.parse(JSON.parse(row.pending_json)) } : {}),
  };
  // The row is ours, but a hand-edited database must not leak a body that breaks the contract.
  return feeItemSchema.parse(item);
}

export function organisationToRow(organisation: Organisation, position: number): OrganisationsTable {
  return { id: organisation.id, position, kind: organisation.kind, ...localizedColumns('name', organisation.name) };
}

export function rowToOrganisation(row: Selectable<OrganisationsTable>): Organisation {
  return { id: row.id, name: localizedFrom(row, 'name'), kind: row.kind as Organisation['kind'] };
}

export function portToRow(port: Port, position: number): PortsTable {
  return { id: port.id, position, mode: port.mode, ...localizedColumns('name', port.name) };
}

export function rowToPort(row: Selectable<PortsTable>): Port {
  return { id: row.id as Port['id'], name: localizedFrom(row, 'name'), mode: row.mode as Port['mode'] };
}
