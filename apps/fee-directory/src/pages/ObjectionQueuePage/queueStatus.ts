import type { ObjectionStatus } from '@sw/contracts';

/** Which objections the regulator's queue shows first: the open ones, awaiting a decision. */
export const FIRST_QUEUE_STATUS: ObjectionStatus | 'all' = 'open';
