import { expect, test } from './fixtures';

// These tests look at the app as it starts: locked, on its first-run screen.
test.use({ unlocked: false });

test('the app starts on the first-run screen and main refuses calls until a profile exists', async ({
  clinic,
}) => {
  const page = await clinic.app.firstWindow();
  await expect(page.getByRole('heading', { level: 1, name: 'Create your profile' })).toBeVisible();
  const refused = await page.evaluate(() => window.api!.clients.list({}));
  expect(!refused.ok && refused.error.code).toBe('LOCKED');
});

test('web permission requests are denied', async ({ clinic }) => {
  const page = await clinic.app.firstWindow();
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
