import { describe, expect, it } from 'vitest';
import kitPackage from '../package.json' with { type: 'json' };
import { packageOf } from './federation.ts';
import { pageLibraryModule, pageLibrarySpecifiers, pageLibraryVersion } from './pageLibraries.ts';

describe('page libraries', () => {
  it("are the suite's singletons with React's entry points, the federation runtime and antd's groups", () => {
    const specifiers = pageLibrarySpecifiers();
    for (const specifier of [
      'react',
      'react/jsx-runtime',
      'react-dom/client',
      'i18next',
      '@module-federation/runtime',
    ]) {
      expect(specifiers).toContain(specifier);
    }
    expect(specifiers).toContain('sw-antd/base');
    expect(specifiers).not.toContain('antd');
  });

  it("take module-kit's pinned versions, antd's groups antd's", () => {
    expect(pageLibraryVersion('react-dom/client')).toBe(kitPackage.dependencies['react-dom']);
    expect(pageLibraryVersion('sw-antd/form')).toBe(kitPackage.dependencies.antd);
    expect(packageOf('@tanstack/react-query')).toBe('@tanstack/react-query');
    expect(() => pageLibraryVersion('lodash')).toThrow(/module-kit does not depend on lodash/);
  });

  it('export a CommonJS package under its own names, as the import map must stand in for it', () => {
    const react = pageLibraryModule('react');
    expect(react).toContain('export default library;');
    expect(react).toMatch(/export const \{[^}]*\buseState\b[^}]*\} = library;/);
    expect(pageLibraryModule('react-i18next')).toContain(`export * from "react-i18next";`);
  });
});
