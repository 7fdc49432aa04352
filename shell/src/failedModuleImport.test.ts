import { describe, expect, it } from 'vitest';
import { isFailedModuleImport } from './failedModuleImport.ts';

describe('isFailedModuleImport', () => {
  it('recognises each browser’s failed module import, also inside a wrapping message', () => {
    expect(
      isFailedModuleImport(
        new TypeError('Failed to fetch dynamically imported module: http://localhost:4105/assets/routes-x.js'),
      ),
    ).toBe(true);
    expect(isFailedModuleImport(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isFailedModuleImport(new TypeError('error loading dynamically imported module: https://x/y.js'))).toBe(true);
    expect(
      isFailedModuleImport(
        new Error("application 'hotline' died in status MOUNTING: Failed to fetch dynamically imported module: x"),
      ),
    ).toBe(true);
  });

  it('leaves other failures to an in-place retry', () => {
    expect(isFailedModuleImport(new Error('HTTP 404 for mf-manifest.json'))).toBe(false);
    expect(isFailedModuleImport(new TypeError('Failed to fetch'))).toBe(false);
    expect(isFailedModuleImport('kaboom')).toBe(false);
  });
});
