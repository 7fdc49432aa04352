import { describe, expect, it } from 'vitest';
import { ROLES, type Principal, type Role } from '@sw/contracts';
import { type ProblemError } from '../http/problem.ts';
import { POLICY, authorize, decide, type ResourceType } from './policy.ts';

const principals: Record<Role, Principal> = {
  public: { id: 'anonymous', role: 'public', name: 'Public' },
  operator: { id: 'op', role: 'operator', name: 'Op', organisationId: 'yict' },
  regulator: { id: 'reg', role: 'regulator', name: 'Reg' },
  admin: { id: 'adm', role: 'admin', name: 'Adm' },
};

/**
 * The expected matrix, written out independently of POLICY: for each resource and action, who may
 * act on a record of the operator's own organisation ("own") and of another one ("other").
 */
const EXPECTED: Record<string, Record<Role, [own: boolean, other: boolean]>> = {
  'fee.create': { public: [false, false], operator: [true, false], regulator: [false, false], admin: [true, true] },
  'fee.update': { public: [false, false], operator: [true, false], regulator: [false, false], admin: [true, true] },
  'objection.create': { public: [true, true], operator: [true, true], regulator: [true, true], admin: [true, true] },
  'objection.list': { public: [false, false], operator: [true, false], regulator: [true, true], admin: [true, true] },
  'objection.resolve': {
    public: [false, false],
    operator: [false, false],
    regulator: [true, true],
    admin: [true, true],
  },
  'audit.read': { public: [false, false], operator: [false, false], regulator: [false, false], admin: [true, true] },
  'usage.import': { public: [false, false], operator: [false, false], regulator: [false, false], admin: [true, true] },
  'clearance-draft.read': {
    public: [false, false],
    operator: [true, false],
    regulator: [false, false],
    admin: [true, true],
  },
  'clearance-draft.create': {
    public: [false, false],
    operator: [true, false],
    regulator: [false, false],
    admin: [true, true],
  },
  'clearance-draft.update': {
    public: [false, false],
    operator: [true, false],
    regulator: [false, false],
    admin: [true, true],
  },
  'clearance-draft.submit': {
    public: [false, false],
    operator: [true, false],
    regulator: [false, false],
    admin: [true, true],
  },
  'clearance-draft.review': {
    public: [false, false],
    operator: [false, false],
    regulator: [false, false],
    admin: [true, true],
  },
  'serviceStandard.publish': {
    public: [false, false],
    operator: [true, false],
    regulator: [false, false],
    admin: [true, true],
  },
  'serviceActuals.upload': {
    public: [false, false],
    operator: [true, false],
    regulator: [false, false],
    admin: [true, true],
  },
  'complaint.create': { public: [true, true], operator: [true, true], regulator: [true, true], admin: [true, true] },
  'complaint.track': { public: [true, true], operator: [true, true], regulator: [true, true], admin: [true, true] },
  'complaint.list': { public: [false, false], operator: [false, false], regulator: [true, true], admin: [true, true] },
  'complaint.read': { public: [false, false], operator: [false, false], regulator: [true, true], admin: [true, true] },
  'complaint.update': {
    public: [false, false],
    operator: [false, false],
    regulator: [true, true],
    admin: [true, true],
  },
  'release.read': {
    public: [false, false],
    operator: [false, false],
    regulator: [false, false],
    admin: [true, true],
  },
  'release.promote': {
    public: [false, false],
    operator: [false, false],
    regulator: [false, false],
    admin: [true, true],
  },
  'release.rollback': {
    public: [false, false],
    operator: [false, false],
    regulator: [false, false],
    admin: [true, true],
  },
};

describe('the role × resource × action policy', () => {
  it('has exactly the cells of the expected matrix', () => {
    const cells = Object.entries(POLICY).flatMap(([resource, actions]) =>
      Object.keys(actions).map((action) => `${resource}.${action}`),
    );
    expect(cells.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [cell, byRole] of Object.entries(EXPECTED)) {
    const [type, action] = cell.split('.') as [ResourceType, string];
    for (const role of ROLES) {
      const [own, other] = byRole[role];
      it(`${role} ${own ? 'may' : 'may not'} ${action} ${type} (own)${other ? ' and others' : ''}`, () => {
        const principal = principals[role];
        for (const [organisationId, allowed] of [
          ['yict', own],
          ['sct', other],
        ] as const) {
          const decision = decide(principal, action as never, { type, organisationId });
          expect(decision.allowed).toBe(allowed);
          if (!decision.allowed) expect(decision.status).toBe(role === 'public' ? 401 : 403);
        }
      });
    }
  }

  it('an operator without an organisation owns nothing', () => {
    const orphan: Principal = { id: 'x', role: 'operator', name: 'x' };
    expect(decide(orphan, 'update', { type: 'fee', organisationId: undefined as never }).allowed).toBe(false);
    expect(decide(orphan, 'update', { type: 'fee' }).allowed).toBe(false);
  });

  it('authorize throws auth.required for the public and auth.forbidden otherwise', () => {
    expect(() => authorize(principals.public, 'update', { type: 'fee', organisationId: 'yict' })).toThrow(
      expect.objectContaining({ code: 'auth.required', status: 401 }) as ProblemError,
    );
    expect(() => authorize(principals.operator, 'update', { type: 'fee', organisationId: 'sct' })).toThrow(
      expect.objectContaining({ code: 'auth.forbidden', status: 403 }) as ProblemError,
    );
    expect(() => authorize(principals.operator, 'update', { type: 'fee', organisationId: 'yict' })).not.toThrow();
  });
});
