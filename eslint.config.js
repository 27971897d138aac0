import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-output/**', 'test/fixtures/**', 'bench/work/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true, named: true, defaultFrom: true } }],
    },
  },
  {
    // The pure core runs in the renderer too: no Node built-ins, no Electron.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'shared/ is pure: no Node built-ins.' },
            { group: ['electron', 'electron/*'], message: 'shared/ never imports electron.' },
            { group: ['../electron/*', '../../electron/*', '../renderer/*', '../../renderer/*'], message: 'shared/ never imports upward.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Config files of tools must default-export.
    files: ['*.config.{js,ts,mjs}', 'eslint.config.js'],
    rules: { 'no-restricted-exports': 'off' },
  },
);
