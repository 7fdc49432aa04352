import { describe, expect, it } from 'vitest';
import {
  REQUIRED_OPERATIONS,
  coverageOf,
  monthlyActualSchema,
  serviceStandardSchema,
  terminalSchema,
  toMonthlyActual,
  withStatuses,
  type LocalizedText,
} from '@sw/contracts';
import { ORGANISATIONS } from './organisations.ts';
import { ACTUALS_LAST_DEMO_MONTH, MONTHLY_ACTUALS } from './serviceTimesActuals.ts';
import { STANDARD_VERSIONS } from './serviceTimesStandards.ts';
import { TERMINALS } from './serviceTimesTerminals.ts';
import { languageProblems } from '../testing/localizedText.ts';

const TODAY = '2026-11-27';

describe('service-time demo data', () => {
  it('has terminals of the portal’s terminal organisations, valid and in three languages', () => {
    const organisations = new Map<string, (typeof ORGANISATIONS)[number]>(ORGANISATIONS.map((o) => [o.id, o]));
    for (const terminal of TERMINALS) {
      expect(terminalSchema.parse(terminal)).toEqual(terminal);
      const organisation = organisations.get(terminal.organisationId);
      expect(organisation?.kind, terminal.id).toBe('terminal');
      expect(terminal.operator).toEqual(organisation?.name);
      expect(
        [terminal.name, terminal.address, terminal.contacts.hours].flatMap((text) =>
          languageProblems(terminal.id, text),
        ),
      ).toEqual([]);
    }
    expect(new Set(TERMINALS.map((t) => t.id)).size).toBe(TERMINALS.length);
  });

  it('has valid standard versions, numbered 1, 2, 3… per terminal and operation, texts in three languages', () => {
    const statuses = withStatuses(STANDARD_VERSIONS, TODAY);
    for (const standard of statuses) expect(serviceStandardSchema.parse(standard)).toEqual(standard);
    const groups = new Map<string, number[]>();
    for (const v of STANDARD_VERSIONS) {
      const key = `${v.terminalId} ${v.operation}`;
      groups.set(key, [...(groups.get(key) ?? []), v.version]);
      const texts: Array<[string, LocalizedText]> = [
        ['process', v.process],
        ['conditions', v.conditions],
        ['forceMajeure', v.forceMajeure],
        ...(v.changeNote ? [['changeNote', v.changeNote] as [string, LocalizedText]] : []),
      ];
      expect(texts.flatMap(([where, text]) => languageProblems(`${key} v${v.version} ${where}`, text))).toEqual([]);
      expect(TERMINALS.some((t) => t.id === v.terminalId)).toBe(true);
    }
    for (const [key, versions] of groups) expect(versions, key).toEqual(versions.map((_, i) => i + 1));
    expect(statuses.filter((s) => s.status === 'scheduled')).toHaveLength(1);
  });

  it('shows every state of the coverage board', () => {
    const coverage = coverageOf(
      TERMINALS.map((t) => t.id),
      STANDARD_VERSIONS,
      TODAY,
    );
    expect(Object.fromEntries(coverage.terminals.map((t) => [t.terminalId, t.status]))).toEqual({
      yict: 'complete',
      sct: 'complete',
      cct: 'complete',
      mct: 'complete-late',
      dcb: 'overdue',
    });
    expect(coverage.terminals.find((t) => t.terminalId === 'dcb')?.required.filter((r) => !r.firstPublishedOn)).toEqual(
      [{ operation: 'cargo-pickup', onTime: false }],
    );
    expect(REQUIRED_OPERATIONS).toHaveLength(4);
  });

  it('reports 24 months of every published operation, a few of them below the commitment', () => {
    const annotated = MONTHLY_ACTUALS.map((row) =>
      toMonthlyActual(
        row,
        STANDARD_VERSIONS.filter((v) => v.terminalId === row.terminalId),
      ),
    );
    for (const month of annotated) expect(monthlyActualSchema.parse(month)).toEqual(month);
    expect(annotated.every((month) => month.committedPercent !== undefined)).toBe(true);
    const below = annotated
      .filter((month) => month.belowCommitment)
      .map((m) => `${m.terminalId} ${m.operation} ${m.month}`);
    expect(below).toHaveLength(10);
    expect(below).toContain('yict cargo-pickup 2026-02');
    expect(new Set(MONTHLY_ACTUALS.map((row) => row.month)).size).toBe(24);
    expect(MONTHLY_ACTUALS.every((row) => row.month <= ACTUALS_LAST_DEMO_MONTH)).toBe(true);
    const keys = MONTHLY_ACTUALS.map((row) => `${row.terminalId} ${row.operation} ${row.month}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
