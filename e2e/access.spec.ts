import { join } from 'node:path';
import { queryClinic } from './support/database';
import { expect, test } from './support/fixtures';
import { hostClient } from '../electron/test-support/host-client';
import { TEST_THERAPIST } from './support/profile';
import { makeUnwritable } from '../electron/test-support/unwritable';

test.describe('a clinic that starts locked', () => {
  test.use({ unlocked: false });

  test('the first start asks for a profile, and every later start for its passphrase', async ({
    page,
    clinic,
  }) => {
    await page.goto(clinic.host.url);
    await clinic.expectScreen('Create your profile');
    await page.getByLabel('Your name').fill('Marta Vidal');
    await page.getByLabel('Passphrase', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Create profile' }).click();
    await expect(page.getByLabel('Passphrase', { exact: true })).toHaveAccessibleDescription(
      'Use a passphrase of at least 10 characters',
    );
    await page.getByLabel('Passphrase', { exact: true }).fill('olive trees in june');
    await page.getByLabel('Repeat the passphrase').fill('olive trees in june');
    await page.getByRole('button', { name: 'Create profile' }).click();
    await expect(page.getByRole('navigation', { name: 'Places' })).toBeVisible();

    await clinic.restart();
    await page.goto(clinic.host.url);
    await clinic.expectScreen('FasciaMap is locked');
    await expect(page.getByRole('navigation', { name: 'Places' })).toHaveCount(0);
    await page.getByLabel('Passphrase').fill('olive trees in july');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert')).toHaveText('That passphrase is not right.');
    await page.getByLabel('Passphrase').fill('olive trees in june');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('navigation', { name: 'Places' })).toBeVisible();

    const [profile] = queryClinic<{ passphrase_hash: string }>(
      clinic.dataDir,
      'SELECT passphrase_hash FROM profiles',
    );
    expect(profile!.passphrase_hash).toMatch(/^scrypt\$/);
    expect(profile!.passphrase_hash).not.toContain('olive');
  });

  test('a clinic file that cannot be written: the lock screen names its folder and stays locked', async ({
    page,
    clinic,
  }) => {
    expect(await hostClient(clinic.host).result('access.createProfile', TEST_THERAPIST)).toMatchObject({
      ok: true,
    });
    await clinic.host.stop();
    const undo = makeUnwritable(join(clinic.dataDir, 'fasciamap.sqlite'));
    test.skip(!undo, 'this file system cannot make a file unwritable for this user');
    try {
      await clinic.restart();
      await page.goto(clinic.host.url);
      await clinic.expectScreen('FasciaMap is locked');
      await page.getByLabel('Passphrase').fill(TEST_THERAPIST.passphrase);
      await page.getByRole('button', { name: 'Unlock' }).click();
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(`FasciaMap cannot write to its data folder, ${clinic.dataDir}`);
      await expect(alert).toContainText('Nothing was saved');
      await expect(page.getByRole('heading', { level: 1, name: 'FasciaMap is locked' })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Places' })).toHaveCount(0);
    } finally {
      undo?.();
    }
  });
});

test('the window tells main when someone is at the keyboard, and only then', async ({ page, clinic }) => {
  const reports: string[] = [];
  page.on('request', (request) => {
    const body = request.url().endsWith('/api/call') ? (request.postDataJSON() as { name: string }) : null;
    if (body?.name === 'access.activity') reports.push(body.name);
  });
  await page.goto(clinic.host.url);
  await expect(page.getByRole('navigation', { name: 'Places' })).toBeVisible();
  expect(reports).toEqual([]);

  const reported = page.waitForRequest(
    (request) =>
      request.url().endsWith('/api/call') &&
      (request.postDataJSON() as { name: string }).name === 'access.activity',
  );
  await page.keyboard.press('Shift');
  await reported;
});

test('the app locks itself after the idle time and main refuses calls until unlocked', async ({
  page,
  clinic,
}) => {
  await page.goto(clinic.host.url);
  await expect(page.getByRole('navigation', { name: 'Places' })).toBeVisible();
  // A short idle time for the test; the clinic's default is 10 minutes.
  await page.evaluate(() => window.api!.access.setIdleLock({ seconds: 2 }));
  await page.reload();

  // No input from here on: the lock screen appears by itself.
  await expect(page.getByRole('heading', { level: 1, name: 'FasciaMap is locked' })).toBeVisible();
  await clinic.expectScreen('FasciaMap is locked');

  const before = queryClinic(clinic.dataDir, 'SELECT * FROM clients');
  const refused = await page.evaluate(() =>
    window.api!.clients.create({ givenName: 'Locked', familyName: 'Out', dateOfBirth: '1980-01-01' }),
  );
  expect(!refused.ok && refused.error.code).toBe('LOCKED');
  const listed = await page.evaluate(() => window.api!.clients.list({}));
  expect(!listed.ok && listed.error.code).toBe('LOCKED');
  expect(queryClinic(clinic.dataDir, 'SELECT * FROM clients')).toEqual(before);

  await page.getByLabel('Passphrase').fill(TEST_THERAPIST.passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('navigation', { name: 'Places' })).toBeVisible();
  const audit = queryClinic<{ call: string }>(
    clinic.dataDir,
    "SELECT call FROM audit_log WHERE action IN ('locked', 'unlocked') ORDER BY seq",
  );
  // Main locks first: its idle count runs from the unlock, before the page (and its timer) loaded,
  // and the page's own `access.lock` then finds the app already locked.
  expect(audit.map((entry) => entry.call)).toEqual(['main.idleLock', 'access.unlock']);
});
