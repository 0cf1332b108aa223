import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

const binary = findElectronBinary();
test.skip(!binary, 'Skipped: no Electron binary on this machine (it cannot be downloaded here)');

let app: ElectronApplication;
let dataDir: string;

test.beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'fasciamap-electron-'));
  app = await electron.launch({
    executablePath: binary!,
    args: ['.'],
    env: { ...process.env, FASCIAMAP_DATA_DIR: dataDir },
  });
});

test.afterEach(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('the app starts on the first-run screen and main refuses calls until a profile exists', async () => {
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { level: 1, name: 'Create your profile' })).toBeVisible();
  const refused = await page.evaluate(() => window.api!.clients.list({}));
  expect(!refused.ok && refused.error.code).toBe('LOCKED');
});

test('web permission requests are denied', async () => {
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied');
  const camera = await page.evaluate(() =>
    navigator.mediaDevices.getUserMedia({ video: true }).then(
      () => 'granted',
      (error: Error) => error.name,
    ),
  );
  expect(camera).not.toBe('granted');
});
