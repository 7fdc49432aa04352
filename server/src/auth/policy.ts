import type { Principal, Role } from '@sw/contracts';
import { ProblemError } from '../http/problem.ts';

/**
 * What each role may do. `own` means: an operator, on records of its own organisation only.
 * Every write (and every read that is not public) goes through `authorize`, nothing else decides.
 */
export const POLICY = {
  fee: {
    create: { public: 'deny', operator: 'own', regulator: 'deny', admin: 'allow' },
    update: { public: 'deny', operator: 'own', regulator: 'deny', admin: 'allow' },
  },
  objection: {
    /** Lodge an objection to a publicised charge: anyone. */
    create: { public: 'allow', operator: 'allow', regulator: 'allow', admin: 'allow' },
    /** Read objections to a charge (operators without the objectors' contact details). */
    list: { public: 'deny', operator: 'own', regulator: 'allow', admin: 'allow' },
    /** Uphold or dismiss: the market regulator (and the single-window team). */
    resolve: { public: 'deny', operator: 'deny', regulator: 'allow', admin: 'allow' },
  },
  audit: {
    read: { public: 'deny', operator: 'deny', regulator: 'deny', admin: 'allow' },
  },
  usage: {
    /** Upload (and preview) monthly usage counts, list past uploads: the commerce bureau's single-window team. */
    import: { public: 'deny', operator: 'deny', regulator: 'deny', admin: 'allow' },
  },
  /** Proposals to change a published clearance step: the step's agency drafts, the single-window team reviews. */
  'clearance-draft': {
    read: { public: 'deny', operator: 'own', regulator: 'deny', admin: 'allow' },
    create: { public: 'deny', operator: 'own', regulator: 'deny', admin: 'allow' },
    update: { public: 'deny', operator: 'own', regulator: 'deny', admin: 'allow' },
    submit: { public: 'deny', operator: 'own', regulator: 'deny', admin: 'allow' },
    review: { public: 'deny', operator: 'deny', regulator: 'deny', admin: 'allow' },
  },
  /** A terminal's time-limit standards: its operator publishes new versions (the transport bureau via admin). */
  serviceStandard: {
    publish: { public: 'deny', operator: 'own', regulator: 'deny', admin: 'allow' },
  },
  /** A terminal's monthly actuals: its operator uploads them (or the admin on the transport bureau's behalf). */
  serviceActuals: {
    upload: { public: 'deny', operator: 'own', regulator: 'deny', admin: 'allow' },
  },
  /**
   * Hotline tickets: anyone files and tracks one; staff of a unit triage them (the regulator role is
   * market regulation; `assertHandlesUnit` keeps each to its unit's tickets, the admin sees all).
   */
  complaint: {
    create: { public: 'allow', operator: 'allow', regulator: 'allow', admin: 'allow' },
    track: { public: 'allow', operator: 'allow', regulator: 'allow', admin: 'allow' },
    /** The queue (personal data masked), statistics, the staff list. */
    list: { public: 'deny', operator: 'deny', regulator: 'allow', admin: 'allow' },
    /** One ticket in full, its files. */
    read: { public: 'deny', operator: 'deny', regulator: 'allow', admin: 'allow' },
    /** Assign, reroute, reply, close. */
    update: { public: 'deny', operator: 'deny', regulator: 'allow', admin: 'allow' },
  },
  /** Releases: read the channels and history, promote a staged release, roll production back (the single-window team). */
  release: {
    read: { public: 'deny', operator: 'deny', regulator: 'deny', admin: 'allow' },
    promote: { public: 'deny', operator: 'deny', regulator: 'deny', admin: 'allow' },
    rollback: { public: 'deny', operator: 'deny', regulator: 'deny', admin: 'allow' },
  },
} as const satisfies Record<string, Record<string, Record<Role, Rule>>>;

export type Rule = 'allow' | 'own' | 'deny';
export type ResourceType = keyof typeof POLICY;
export type Action<R extends ResourceType> = keyof (typeof POLICY)[R] & string;

/** The record acted on; `organisationId` is its owner (a fee's charging body, an objection's fee's). */
export interface ResourceRef<R extends ResourceType = ResourceType> {
  type: R;
  organisationId?: string;
}

export type Decision = { allowed: true } | { allowed: false; status: 401 | 403; reason: string };

/** The pure decision, for tests and for callers that only want to know. */
export function decide<R extends ResourceType>(
  principal: Principal,
  action: Action<R>,
  resource: ResourceRef<R>,
): Decision {
  const rules = POLICY[resource.type] as Record<string, Record<Role, Rule>>;
  const rule = rules[action]?.[principal.role] ?? 'deny';
  if (rule === 'allow') return { allowed: true };
  if (rule === 'own' && principal.organisationId && principal.organisationId === resource.organisationId) {
    return { allowed: true };
  }
  if (principal.role === 'public') {
    return { allowed: false, status: 401, reason: `sign in to ${action} ${resource.type} records` };
  }
  const reason =
    rule === 'own'
      ? `a ${principal.role} of ${principal.organisationId ?? 'no organisation'} may ${action} only its own organisation's ${resource.type} records`
      : `the ${principal.role} role may not ${action} ${resource.type} records`;
  return { allowed: false, status: 403, reason };
}

/** Throws `401 auth.required` (no token) or `403 auth.forbidden` unless the policy allows. */
export function authorize<R extends ResourceType>(
  principal: Principal,
  action: Action<R>,
  resource: ResourceRef<R>,
): void {
  const decision = decide(principal, action, resource);
  if (decision.allowed) return;
  if (decision.status === 401) {
    throw new ProblemError('auth.required', decision.reason, {
      headers: { 'WWW-Authenticate': 'Bearer realm="portal"' },
    });
  }
  throw new ProblemError('auth.forbidden', decision.reason);
}
