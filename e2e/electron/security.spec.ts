import { expect, test, type ElectronApplication } from '@playwright/test';
import { electronBinary, launchApp, NO_ELECTRON_BINARY, newDataDir, removeDataDir } from './launch';

test.skip(!electronBinary, NO_ELECTRON_BINARY);

let app: ElectronApplication;
let dataDir: string;

test.beforeEach(async () => {
  dataDir = newDataDir();
  // These tests look at the app as it starts: locked, on its first-run screen.
  app = await launchApp(dataDir, { unlocked: false });
});

test.afterEach(async () => {
  await app.close();
  removeDataDir(dataDir);
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
