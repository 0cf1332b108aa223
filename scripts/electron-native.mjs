// Builds better-sqlite3 for Electron's ABI into .cache/electron-native/<electron version>/, leaving
// node_modules (built for Node's ABI, used by tests and the browser host) untouched. The main
// process loads that copy through better-sqlite3's `nativeBinding` option.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { findElectronBinary } from './electron-binary.mjs';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const target = resolve('.cache', 'electron-native', electronVersion, 'better_sqlite3.node');

if (existsSync(target)) process.exit(0);
if (!findElectronBinary()) {
  // Without Electron there is nothing to build for: start.mjs runs the browser host instead.
  process.exit(0);
}

const source = dirname(require.resolve('better-sqlite3/package.json'));
const work = mkdtempSync(join(tmpdir(), 'fasciamap-native-'));
cpSync(source, work, { recursive: true, filter: (path) => !path.includes(`${join(source, 'build')}`) });

const electronFlags = [`--runtime=electron`, `--target=${electronVersion}`, `--arch=${process.arch}`];
const steps = [
  [process.execPath, [require.resolve('prebuild-install/bin.js'), ...electronFlags]],
  [
    'npx',
    [
      '--yes',
      'node-gyp',
      'rebuild',
      '--release',
      ...electronFlags,
      '--dist-url=https://electronjs.org/headers',
    ],
  ],
];
console.log(`Preparing better-sqlite3 for Electron ${electronVersion}…`);
const built = steps.some(
  ([command, args]) => spawnSync(command, args, { cwd: work, stdio: 'inherit' }).status === 0,
);
if (!built) {
  console.error('Could not build better-sqlite3 for Electron; see the README section "Native module ABI".');
  process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });
copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
rmSync(work, { recursive: true, force: true });
console.log(`better-sqlite3 for Electron ${electronVersion} is in ${target}`);
