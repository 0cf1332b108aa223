import { expect, test } from './fixtures';

test('the window is isolated, sandboxed and has no Node', async ({ clinic }) => {
  const page = await clinic.app.firstWindow();
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

test('window.api validates payloads in main and a client survives a restart', async ({ clinic }) => {
  let page = await clinic.app.firstWindow();
  const refused = await page.evaluate(() => window.api!.clients.create({ givenName: 1 } as never));
  expect(!refused.ok && refused.error.code).toBe('VALIDATION');

  const created = await page.evaluate(() =>
    window.api!.clients.create({ givenName: 'Elena', familyName: 'Moreno', dateOfBirth: '1968-09-02' }),
  );
  expect(created.ok).toBe(true);

  await clinic.restart();
  page = await clinic.app.firstWindow();
  await expect(page.getByRole('link', { name: /Elena Moreno/ })).toBeVisible();
});

test('new windows and navigation away from the app are refused', async ({ clinic }) => {
  const page = await clinic.app.firstWindow();
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
  await page.evaluate(() => window.open('https://example.org/'));
  await page.evaluate(() => {
    window.location.href = 'file:///etc/hostname';
  });
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
  expect(clinic.app.windows()).toHaveLength(1);
});
