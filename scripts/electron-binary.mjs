// Finds the Electron binary without triggering electron's own lazy download (which needs the
// internet): the app's start script and the Electron test suite both ask this first.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The binary's path, or undefined when it is not installed (or ELECTRON_OVERRIDE_DIST_PATH lacks it). */
export function findElectronBinary() {
  const packageDir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : defaultExecutable();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist');
  const binary = join(distDir, relative);
  return existsSync(binary) ? binary : undefined;
}

function defaultExecutable() {
  if (process.platform === 'win32') return 'electron.exe';
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

/** electron's own installer, which downloads the binary; false when that is impossible here. */
export function downloadElectronBinary(spawnSync) {
  const installer = join(dirname(require.resolve('electron/package.json')), 'install.js');
  const result = spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 180_000 });
  return result.status === 0 && findElectronBinary() !== undefined;
}

export const NO_ELECTRON_MESSAGE =
  "Electron's binary is not installed and cannot be downloaded on this machine, so FasciaMap starts in its browser host instead.";
