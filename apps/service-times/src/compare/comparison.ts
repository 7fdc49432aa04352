import {
  REQUIRED_OPERATIONS,
  SERVICE_OPERATIONS,
  isRequiredOperation,
  timeLimitMinutes,
  type MonthlyActual,
  type ServiceOperation,
  type ServiceStandard,
} from '@sw/contracts';

export interface ComparisonRow {
  operation: ServiceOperation;
  required: boolean;
  /** The standard in force at each terminal (absent: not published). */
  cells: Record<string, ServiceStandard | undefined>;
  /** The shortest limit in the row, in minutes (ties are all "fastest"). */
  fastestMinutes: number | undefined;
  /** True when the limits count from different events, so "fastest" needs care. */
  mixedClockStarts: boolean;
}

/**
 * The operation × terminal matrix: the four required operations always, others when at least one
 * of the terminals publishes them; only standards in force today are compared.
 */
export function buildComparison(
  terminalIds: readonly string[],
  standards: readonly ServiceStandard[],
): ComparisonRow[] {
  const inForce = standards.filter((s) => s.status === 'in-force' && terminalIds.includes(s.terminalId));
  const published = new Set(inForce.map((s) => s.operation));
  return SERVICE_OPERATIONS.filter(
    (operation) => (REQUIRED_OPERATIONS as readonly ServiceOperation[]).includes(operation) || published.has(operation),
  ).map((operation) => {
    const cells = Object.fromEntries(
      terminalIds.map((id) => [id, inForce.find((s) => s.terminalId === id && s.operation === operation)]),
    );
    const present = Object.values(cells).filter((s): s is ServiceStandard => s !== undefined);
    const minutes = present.map((s) => timeLimitMinutes(s.timeLimit));
    return {
      operation,
      required: isRequiredOperation(operation),
      cells,
      fastestMinutes: minutes.length > 1 ? Math.min(...minutes) : undefined,
      mixedClockStarts: new Set(present.map((s) => s.clockStart)).size > 1,
    };
  });
}

export const isFastest = (row: ComparisonRow, standard: ServiceStandard | undefined): boolean =>
  standard !== undefined &&
  row.fastestMinutes !== undefined &&
  timeLimitMinutes(standard.timeLimit) === row.fastestMinutes;

export interface CommitmentRecord {
  /** Months at or above the commitment. */
  met: number;
  /** Months reported. */
  reported: number;
}

/** How many reported months met the commitment, per terminal and operation (`yict/unstuffing`). */
export function commitmentRecords(actuals: readonly MonthlyActual[]): Map<string, CommitmentRecord> {
  const records = new Map<string, CommitmentRecord>();
  for (const month of actuals) {
    if (month.committedPercent === undefined) continue;
    const key = `${month.terminalId}/${month.operation}`;
    const record = records.get(key) ?? { met: 0, reported: 0 };
    record.reported += 1;
    if (!month.belowCommitment) record.met += 1;
    records.set(key, record);
  }
  return records;
}
