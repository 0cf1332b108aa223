import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';
import { unlockElectron } from './unlock';

/** The Electron binary where one is installed; every Electron spec skips itself without it. */
export const electronBinary = findElectronBinary();
export const NO_ELECTRON_BINARY =
  'Skipped: no Electron binary on this machine (it cannot be downloaded here)';

/** Each test's own data folder, as the browser-host fixture gives it. */
export function newDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'fasciamap-electron-'));
}

export function removeDataDir(dataDir: string): void {
  rmSync(dataDir, { recursive: true, force: true });
}

/** Launches the real app on a data folder, unlocked as the test therapist unless asked otherwise. */
export async function launchApp(dataDir: string, { unlocked = true } = {}): Promise<ElectronApplication> {
  const app = await electron.launch({
    executablePath: electronBinary!,
    args: ['.'],
    env: { ...process.env, FASCIAMAP_DATA_DIR: dataDir },
  });
  if (unlocked) await unlockElectron(app);
  return app;
}
