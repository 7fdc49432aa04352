// One lint configuration for the whole workspace (run from the root: `pnpm lint`).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.tools/**',
      '**/test-results/**',
      '**/playwright-report/**',
      '**/.__mf__temp/**',
      'data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Packages talk through their public exports, never through each other's files; modules never import modules.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/packages/*/src/**', '../../packages/**', '../../../packages/**'],
              message: 'import the package by name (@sw/…) and its exports',
            },
            {
              group: [
                '**/apps/**',
                '@sw/fee-directory',
                '@sw/frame',
                '@sw/clearance-guide',
                '@sw/service-times',
                '@sw/hotline',
                '@sw/usage-meter',
                '@sw/release-console',
              ],
              message: "a module never imports another module; use the shell's events and navigation",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
