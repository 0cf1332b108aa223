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

/** One no-restricted-imports setting from several bans (a later block for a file replaces, not adds). */
const restrict = (...bans) => [
  'error',
  { paths: bans.flatMap((ban) => ban.paths ?? []), patterns: bans.flatMap((ban) => ban.patterns ?? []) },
];
/** A ban on importing from a folder of electron/, by a path segment of its name. */
const folderBan = (folder, message) => ({ patterns: [{ regex: `(^|/)${folder}(/|$)`, message }] });
const noElectron = {
  paths: [{ name: 'electron', message: 'Only electron/main (the Electron shell) imports electron.' }],
};
const noShell = folderBan(
  'main',
  'electron/main is the Electron shell: the core and the browser host never import it.',
);
const noBrowserHost = folderBan('browser-host', 'The core serves both hosts and imports neither.');
/** Only db/connection.ts makes a connection: there the process's native binding is applied (#13). */
const CONNECTION_MODULE = 'electron/core/db/connection.ts';
const noRawSqlite = {
  paths: [
    {
      name: 'better-sqlite3',
      allowTypeImports: true,
      message:
        'Open SQLite with openDatabase (electron/core/db/connection.ts), which applies the native binding.',
    },
  ],
};
const noTestSupport = folderBan(
  'test-support',
  'electron/test-support is for tests only, never shipped code.',
);
/**
 * Each process folder reaches the others only through shared/ (the contract and the domain):
 * a relative path is as much a crossing as a package name, so these zones go by resolved file.
 */
const PROCESS_BOUNDARIES = [
  { target: './renderer', from: './electron', message: 'The renderer asks main through the contract.' },
  { target: './electron', from: './renderer', message: 'Main and the hosts never import the renderer.' },
  {
    target: './shared',
    from: ['./electron', './renderer', './e2e', './bench', './scripts'],
    message: 'shared/ imports only shared/.',
  },
];
/**
 * app/ puts the features together, so a feature reaching up into it would make a cycle. Places and
 * links come from renderer/src/navigation, which imports no feature.
 */
const RENDERER_LAYERS = [
  {
    target: './renderer/src/features',
    from: './renderer/src/app',
    message: 'Features do not import the app shell: use renderer/src/navigation for places and links.',
  },
  {
    target: './renderer/src/navigation',
    from: './renderer/src/features',
    message: 'Navigation sits below the features and imports none of them.',
  },
];

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.cache/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs'] })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: [...PROCESS_BOUNDARIES, ...RENDERER_LAYERS] }],
    },
  },
  // No type-checked rules (no-floating-promises, no-misused-promises): building the type program
  // makes `eslint .` take two to three times as long, well past a minute on a 2-core machine.
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [noRawIpc] }],
    },
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
  // The portable core runs under Electron and under the browser host alike: it knows neither.
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(noElectron, noShell, noBrowserHost, noTestSupport, noRawSqlite),
    },
  },
  {
    files: ['electron/core/**/*.test.ts'],
    rules: { 'no-restricted-imports': restrict(noElectron, noShell, noBrowserHost, noRawSqlite) },
  },
  // The browser host is a plain Node server over the core, never the Electron shell.
  {
    files: ['electron/browser-host/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(noElectron, noShell, noTestSupport, noRawSqlite) },
  },
  {
    files: ['electron/browser-host/**/*.test.ts'],
    rules: { 'no-restricted-imports': restrict(noElectron, noShell, noRawSqlite) },
  },
  // The Electron shell uses the contract adapters and never ships test code.
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    ignores: [...IPC_ADAPTERS, 'electron/**/*.test.ts'],
    rules: { 'no-restricted-imports': restrict({ paths: [noRawIpc] }, noTestSupport, noRawSqlite) },
  },
  {
    files: IPC_ADAPTERS,
    rules: { 'no-restricted-imports': restrict(noTestSupport, noRawSqlite) },
  },
  {
    files: ['electron/test-support/**/*.ts'],
    rules: { 'no-restricted-imports': restrict({ paths: [noRawIpc] }, noRawSqlite) },
  },
  {
    files: [CONNECTION_MODULE],
    rules: { 'no-restricted-imports': restrict(noElectron, noShell, noBrowserHost, noTestSupport) },
  },
  {
    // A shipped migration must do the same on every database, whatever the app later becomes: it may
    // take types from elsewhere, but no values (catalogues, rules) that could change under it.
    files: ['electron/core/db/migrations/*.ts'],
    ignores: ['electron/core/db/migrations/*.test.ts', 'electron/core/db/migrations/index.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./',
              allowTypeImports: true,
              message: 'Migrations are self-contained: write the values out as they were when it shipped.',
            },
          ],
        },
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
);
