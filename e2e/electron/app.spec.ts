import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';
import { unlockElectron } from './unlock';

const binary = findElectronBinary();
test.skip(!binary, 'Skipped: no Electron binary on this machine (it cannot be downloaded here)');

let app: ElectronApplication;
let dataDir: string;

/** Launches the app and unlocks it as the test therapist, as the browser-host fixture does. */
async function launch(): Promise<ElectronApplication> {
  const launched = await electron.launch({
    executablePath: binary!,
    args: ['.'],
    env: { ...process.env, FASCIAMAP_DATA_DIR: dataDir },
  });
  await unlockElectron(launched);
  return launched;
}

test.beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'fasciamap-electron-'));
  app = await launch();
});

test.afterEach(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('the window is isolated, sandboxed and has no Node', async () => {
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
  // contextBridge makes window.api read-only: a page script cannot swap in its own.
  const replaced = await page.evaluate(() => {
    try {
      (window as { api?: unknown }).api = {};
    } catch {
      // a strict-mode assignment to a read-only property throws; either way it must not stick
    }
    return typeof window.api?.clients.list;
  });
  expect(replaced).toBe('function');
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
});

test('window.api validates payloads in main and a client survives a restart', async () => {
  let page = await app.firstWindow();
  const refused = await page.evaluate(() => window.api!.clients.create({ givenName: 1 } as never));
  expect(!refused.ok && refused.error.code).toBe('VALIDATION');

  const created = await page.evaluate(() =>
    window.api!.clients.create({ givenName: 'Elena', familyName: 'Moreno', dateOfBirth: '1968-09-02' }),
  );
  expect(created.ok).toBe(true);

  await app.close();
  app = await launch();
  page = await app.firstWindow();
  await expect(page.getByRole('link', { name: /Elena Moreno/ })).toBeVisible();
});

test('new windows and navigation away from the app are refused', async () => {
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
  await page.evaluate(() => window.open('https://example.org/'));
  await page.evaluate(() => {
    window.location.href = 'file:///etc/hostname';
  });
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
  expect(app.windows()).toHaveLength(1);
});
