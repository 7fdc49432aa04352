import { describe, expect, it } from 'vitest';
import { EVERY_PAGE, groupByScopes, type ScopedModule } from './scopeGroups.ts';

const modules = (entries: Record<string, [scopes: string[], bytes: number]>) =>
  new Map<string, ScopedModule>(
    Object.entries(entries).map(([id, [scopes, bytes]]) => [id, { scopes: new Set(scopes), bytes }]),
  );

describe('groupByScopes', () => {
  it('puts what a scope on every page reaches in one group, whoever else uses it', () => {
    const groups = groupByScopes(
      modules({ react: [['frame', 'fees', 'usage'], 900], button: [['frame'], 50], table: [['fees', 'usage'], 400] }),
      new Set(['frame']),
      100,
    );
    expect(groups.get('react')).toBe(EVERY_PAGE);
    expect(groups.get('button')).toBe(EVERY_PAGE);
    expect(groups.get('table')).toBe('fees usage');
  });

  it('keeps apart what different pages use, so a page downloads only its modules’ code', () => {
    const groups = groupByScopes(
      modules({ table: [['fees', 'usage'], 400], chart: [['usage'], 300], form: [['fees', 'hotline'], 500] }),
      new Set(['frame']),
      100,
    );
    expect(new Set(groups.values())).toEqual(new Set(['fees usage', 'usage', 'fees hotline']));
  });

  it('merges a group too small for its own request into the covering group of the fewest more scopes', () => {
    const groups = groupByScopes(
      modules({
        table: [['fees', 'usage', 'hotline'], 400],
        tag: [['fees', 'usage'], 500],
        badge: [['fees'], 20],
        pin: [['hotline'], 10],
      }),
      new Set(['frame']),
      100,
    );
    // fees alone → fees+usage (one more scope), not fees+usage+hotline (two).
    expect(groups.get('badge')).toBe('fees usage');
    expect(groups.get('pin')).toBe('fees hotline usage');
  });

  it('keeps a small group that nothing covers rather than make every page pay for it', () => {
    const groups = groupByScopes(modules({ pin: [['hotline'], 10], table: [['fees'], 400] }), new Set(['frame']), 100);
    expect(groups.get('pin')).toBe('hotline');
  });

  it('never merges a small group into the every-page group: the landing page would pay for it', () => {
    const groups = groupByScopes(
      modules({ react: [['frame'], 900], rare: [['fees', 'usage'], 10] }),
      new Set(['frame']),
      100,
    );
    expect(groups.get('rare')).toBe('fees usage');
  });
});
