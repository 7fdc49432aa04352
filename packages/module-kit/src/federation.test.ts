import { describe, expect, it } from 'vitest';
import kitPackage from '../package.json' with { type: 'json' };
import { SHARED_SINGLETONS, sharedSingletons } from './federation.ts';

describe('sharedSingletons', () => {
  it('shares every singleton at the exact version module-kit depends on', () => {
    const shared = sharedSingletons();
    expect(Object.keys(shared).sort()).toEqual([...SHARED_SINGLETONS].sort());
    for (const name of SHARED_SINGLETONS) {
      const declared = kitPackage.dependencies[name as keyof typeof kitPackage.dependencies].replace(/^[~^]/, '');
      expect(shared[name]).toEqual({ singleton: true, version: declared, requiredVersion: `^${declared}` });
    }
  });
});
