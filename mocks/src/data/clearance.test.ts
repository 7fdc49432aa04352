import { describe, expect, it } from 'vitest';
import {
  CLEARANCE_MODES,
  CLEARANCE_VARIANTS,
  clearanceAgencySchema,
  clearanceBenchmarkSchema,
  clearanceProcedureSchema,
  procedureTotals,
} from '@sw/contracts';
import { languageProblems, localizedTextsIn } from '../testing/localizedText.ts';
import { CLEARANCE_AGENCIES, CLEARANCE_BENCHMARKS, CLEARANCE_PROCEDURES } from './clearance.ts';
import { FEES } from './fees.ts';
import { ORGANISATIONS } from './organisations.ts';

const duplicates = (values: string[]) => values.filter((value, index) => values.indexOf(value) !== index);
const steps = CLEARANCE_PROCEDURES.flatMap((procedure) => procedure.steps.map((step) => ({ procedure, step })));

describe('the clearance guide demo data', () => {
  it('validates against the contracts', () => {
    for (const procedure of CLEARANCE_PROCEDURES) {
      const result = clearanceProcedureSchema.safeParse(procedure);
      expect(result.error?.issues ?? [], procedure.id).toEqual([]);
    }
    for (const agency of CLEARANCE_AGENCIES) expect(clearanceAgencySchema.parse(agency)).toEqual(agency);
    for (const benchmark of CLEARANCE_BENCHMARKS) expect(clearanceBenchmarkSchema.parse(benchmark)).toEqual(benchmark);
  });

  it('covers what the issue names: every mode and variant, and the named ports', () => {
    const ids = CLEARANCE_PROCEDURES.map((p) => p.id);
    expect(duplicates(ids)).toEqual([]);
    expect(new Set(CLEARANCE_PROCEDURES.flatMap((p) => p.modes))).toEqual(new Set(CLEARANCE_MODES));
    expect(new Set(CLEARANCE_PROCEDURES.map((p) => p.variant))).toEqual(new Set(CLEARANCE_VARIANTS));
    const has = (predicate: (p: (typeof CLEARANCE_PROCEDURES)[number]) => boolean) =>
      expect(CLEARANCE_PROCEDURES.some(predicate)).toBe(true);
    has((p) => p.ports.includes('yantian') && p.directions.includes('import') && p.modes.includes('sea'));
    has((p) => p.ports.includes('yantian') && p.directions.includes('export') && p.modes.includes('sea'));
    has((p) => p.ports.includes('baoan-airport') && p.directions.includes('import'));
    has((p) => p.ports.includes('huanggang') && p.directions.includes('export') && p.variant === 'standard');
    has((p) => p.variant === 'green-channel' && p.cargo.includes('fresh-produce'));
    has((p) => p.directions.includes('transit'));
  });

  it('gives each procedure unique step ids, known agencies and known fee items', () => {
    for (const procedure of CLEARANCE_PROCEDURES) {
      expect(duplicates(procedure.steps.map((s) => s.id)), procedure.id).toEqual([]);
    }
    const agencies = new Set(CLEARANCE_AGENCIES.map((a) => a.id));
    const fees = new Set(FEES.map((f) => f.id));
    for (const { procedure, step } of steps) {
      expect(agencies.has(step.agencyId), `${procedure.id}/${step.id} agency`).toBe(true);
      const feeIds = step.cost.kind === 'free' ? [] : step.cost.feeIds;
      for (const feeId of feeIds) expect(fees.has(feeId), `${procedure.id}/${step.id} ${feeId}`).toBe(true);
    }
    const organisations = new Set(ORGANISATIONS.map((o) => o.id));
    for (const agency of CLEARANCE_AGENCIES) {
      if (agency.organisationId) expect(organisations.has(agency.organisationId), agency.id).toBe(true);
    }
  });

  it('names a document the same wherever it is asked for', () => {
    const names = new Map<string, string>();
    for (const { step } of steps) {
      for (const document of step.documents) {
        const known = names.get(document.id);
        if (known) expect(document.name.en, document.id).toBe(known);
        names.set(document.id, document.name.en);
      }
    }
  });

  it('makes advance declaration faster than the standard way, as measure 17 intends', () => {
    const time = (id: string) => procedureTotals(CLEARANCE_PROCEDURES.find((p) => p.id === id)!.steps).typicalMinutes;
    expect(time('yantian-sea-import-advance')).toBeLessThan(time('yantian-sea-import-standard'));
    expect(time('yantian-sea-export-advance')).toBeLessThan(time('yantian-sea-export-standard'));
    expect(time('baoan-air-import-advance')).toBeLessThan(time('baoan-air-import-standard'));
  });

  it('has every text in simplified Chinese, traditional Chinese and English', () => {
    const problems = [...CLEARANCE_PROCEDURES, ...CLEARANCE_AGENCIES, ...CLEARANCE_BENCHMARKS].flatMap((record) =>
      localizedTextsIn(record).flatMap(([where, text]) =>
        languageProblems(`${'id' in record ? record.id : record.period.en} ${where}`, text),
      ),
    );
    expect(problems).toEqual([]);
  });
});
