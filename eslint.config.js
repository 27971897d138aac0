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
    // IPC goes through the one contract (shared/ipc): only main's handle() wrapper and the preload
    // touch Electron's IPC objects, so no channel can skip the sender check or argument validation.
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    ignores: ['electron/main/ipc-handle.ts', 'electron/preload/**', 'test/electron/main/**', 'test/electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain', 'ipcRenderer'],
              message: 'Add a channel to shared/ipc/contract.ts and a handler in electron/main/handlers; only electron/main/ipc-handle.ts and electron/preload use IPC directly.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(ipcMain|ipcRenderer)$/]',
          message: 'Only electron/main/ipc-handle.ts and electron/preload use IPC directly; go through shared/ipc/contract.ts.',
        },
      ],
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
