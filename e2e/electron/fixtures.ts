import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, test as base, expect, type ElectronApplication } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';
import { unlockElectron } from './unlock';

/** The Electron binary where one is installed; without it every Electron test skips itself. */
const electronBinary = findElectronBinary();
const NO_ELECTRON_BINARY = 'Skipped: no Electron binary on this machine (it cannot be downloaded here)';

export interface ElectronClinic {
  /** This test's own data folder, as the browser-host fixture gives it. */
  dataDir: string;
  /** The running app; a new one after `restart`. */
  app: ElectronApplication;
  /** Closes the app and starts it again on the same data, as a therapist reopening it would. */
  restart: () => Promise<void>;
  /** A second app on a fresh data folder of its own (say, another clinic an export is taken to). */
  anotherClinic: () => Promise<ElectronApplication>;
}

export interface ElectronOptions {
  /** `test.use({ unlocked: false })` leaves the app as it starts: locked, or on its first-run screen. */
  unlocked: boolean;
}

/** Launches the real app on a data folder, unlocked as the test therapist unless asked otherwise. */
async function launchApp(dataDir: string, unlocked: boolean): Promise<ElectronApplication> {
  const app = await electron.launch({
    executablePath: electronBinary!,
    args: ['.'],
    env: { ...process.env, FASCIAMAP_DATA_DIR: dataDir },
  });
  if (unlocked) await unlockElectron(app);
  return app;
}

export const test = base.extend<{ clinic: ElectronClinic } & ElectronOptions>({
  unlocked: [true, { option: true }],
  clinic: async ({ unlocked }, use, testInfo) => {
    testInfo.skip(!electronBinary, NO_ELECTRON_BINARY);
    const newFolder = () => mkdtempSync(join(tmpdir(), 'fasciamap-electron-'));
    const dataDir = newFolder();
    const others: { dataDir: string; app: ElectronApplication }[] = [];
    let app = await launchApp(dataDir, unlocked);
    await use({
      dataDir,
      get app() {
        return app;
      },
      restart: async () => {
        await app.close();
        app = await launchApp(dataDir, unlocked);
      },
      anotherClinic: async () => {
        const otherDir = newFolder();
        const other = { dataDir: otherDir, app: await launchApp(otherDir, unlocked) };
        others.push(other);
        return other.app;
      },
    });
    for (const other of [{ dataDir, app }, ...others]) {
      await other.app.close();
      rmSync(other.dataDir, { recursive: true, force: true });
    }
  },
});

export { expect };
