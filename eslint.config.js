import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'util'];

/** Raw IPC is allowed only in the two adapter files built from the contract. */
const IPC_ADAPTERS = ['electron/main/api/ipc.ts', 'electron/preload/index.ts'];
const noRawIpc = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'Declare the call in shared/api and use the contract adapters instead of raw IPC.',
};

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.cache/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [noRawIpc] }],
    },
  },
  {
    files: IPC_ADAPTERS,
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // shared/ runs in both processes: no Electron, no Node, no DOM, no rendering library.
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'three', ...NODE_BUILTINS.filter((name) => !name.includes('*'))],
          patterns: [
            {
              group: ['node:*', 'three/*', 'react-dom', '@react-three/*'],
              message: 'shared/ must stay runtime-neutral.',
            },
          ],
        },
      ],
    },
  },
  {
    // Services and repositories are plain functions over the database: no Electron.
    files: ['electron/main/services/**/*.ts', 'electron/main/db/**/*.ts', 'electron/browser-host/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Services never import electron.' }] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', ...NODE_BUILTINS.filter((name) => !name.includes('*'))],
          patterns: [
            { group: ['node:*'], message: 'The renderer has no Node: ask main through the contract.' },
          ],
        },
      ],
    },
  },
  {
    // app/ puts the features together, so a feature reaching up into it would make a cycle. Places and
    // links come from renderer/src/navigation, which imports no feature.
    files: ['renderer/src/features/**/*.{ts,tsx}', 'renderer/src/navigation/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './renderer/src/features',
              from: './renderer/src/app',
              message:
                'Features do not import the app shell: use renderer/src/navigation for places and links.',
            },
            {
              target: './renderer/src/navigation',
              from: './renderer/src/features',
              message: 'Navigation sits below the features and imports none of them.',
            },
          ],
        },
      ],
    },
  },
);
