import { spawnSync } from 'node:child_process';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

/** Prepares better-sqlite3 for Electron's ABI, or announces once that the suite will be skipped. */
export default function globalSetup(): void {
  if (!findElectronBinary()) {
    console.log(
      'Electron suite SKIPPED: the Electron binary is not installed on this machine (it cannot be downloaded here). ' +
        'The same tests run wherever `npx install-electron` or ELECTRON_OVERRIDE_DIST_PATH provides it.',
    );
    return;
  }
  const result = spawnSync(process.execPath, ['scripts/electron-native.mjs'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('Could not prepare better-sqlite3 for Electron');
}
