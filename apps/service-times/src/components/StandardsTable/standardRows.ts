import { REQUIRED_OPERATIONS, SERVICE_OPERATIONS, type ServiceOperation, type ServiceStandard } from '@sw/contracts';

export interface StandardRow {
  operation: ServiceOperation;
  required: boolean;
  /** The version in force today (absent when none has taken effect yet). */
  current?: ServiceStandard;
  /** A published version that takes effect later. */
  scheduled?: ServiceStandard;
}

/**
 * One row per operation of a terminal: the four required ones always (a missing one is a gap the
 * reader should see), others when published; in the order of `SERVICE_OPERATIONS`.
 */
export function standardRows(standards: readonly ServiceStandard[]): StandardRow[] {
  const required = new Set<ServiceOperation>(REQUIRED_OPERATIONS);
  return SERVICE_OPERATIONS.flatMap((operation): StandardRow[] => {
    const own = standards.filter((standard) => standard.operation === operation);
    const current = own.find((standard) => standard.status === 'in-force');
    const scheduled = own.find((standard) => standard.status === 'scheduled');
    if (!current && !scheduled && !required.has(operation)) return [];
    return [
      {
        operation,
        required: required.has(operation),
        ...(current ? { current } : {}),
        ...(scheduled ? { scheduled } : {}),
      },
    ];
  });
}
