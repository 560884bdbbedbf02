import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'e2e/.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs,cjs}', 'scripts/**', 'e2e/**'], languageOptions: { globals: globals.node } },
  { files: ['renderer/**'], languageOptions: { globals: globals.browser } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // Imports point one way: the renderer never reaches into main, database or Node.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/main/**', '**/database/**', 'node:*', 'typeorm', 'sqlite3', 'electron'], message: 'The renderer talks to main only through the contract.' },
          ],
        },
      ],
    },
  },
  {
    // The preload is the sandboxed bridge: electron's contextBridge/ipcRenderer and contract types only
    // (the full rule, with the other layers, is in .dependency-cruiser.cjs).
    files: ['preload/**/*.ts'],
    ignores: ['preload/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/main/**', '**/database/**', '**/renderer/**', '**/documents/**', '**/test-support/**', 'node:*', 'typeorm', 'sqlite3', 'react', 'react-*'], message: 'The preload passes calls through; it imports only electron and the contract.' },
          ],
        },
      ],
    },
  },
  {
    // Services and the data layer know nothing of Electron or HTTP.
    files: ['main/services/**/*.ts', 'main/core/**/*.ts', 'database/**/*.ts', 'contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only main/electron may import electron.' }], patterns: [{ group: ['**/electron/**', '**/server/**', '**/renderer/**'], message: 'Core layers must not depend on transports or UI.' }] },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
