import { closeSync, existsSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { queryClinic } from './support/database';
import { expect, test } from './support/fixtures';
import { hostClient } from '../electron/test-support/host-client';

test('Settings backs up now, lists the backup and restores it', async ({ page, clinic }) => {
  await page.goto(clinic.host.url);
  await page.evaluate(() =>
    window.api!.clients.create({ givenName: 'Before', familyName: 'Backup', dateOfBirth: '1980-01-01' }),
  );
  await clinic.open('/settings', 'Settings');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backed up' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Backups' });
  // Newest first: the one just made by hand (a daily one was made when the host started).
  await expect(list.getByRole('listitem').first()).toContainText('made by hand');
  await clinic.expectScreen('Settings');

  await page.evaluate(() =>
    window.api!.clients.create({ givenName: 'After', familyName: 'Backup', dateOfBirth: '1980-01-01' }),
  );
  await list
    .getByRole('button', { name: /Restore the backup/ })
    .first()
    .click();
  await list.getByRole('button', { name: 'Restore', exact: true }).click();
  // Main locks after a restore: the restored file may hold other profiles.
  await clinic.expectScreen('FasciaMap is locked');
  expect(queryClinic<{ given_name: string }>(clinic.dataDir, 'SELECT given_name FROM clients')).toEqual([
    { given_name: 'Before' },
  ]);
});

test('a damaged database opens read-only on the recovery screen, which restores the newest good backup', async ({
  page,
  clinic,
}) => {
  for (let index = 0; index < 150; index += 1) {
    await hostClient(clinic.host).call('clients.create', {
      givenName: `Client ${index}`,
      familyName: 'Seed',
      dateOfBirth: '1980-01-01',
    });
  }
  await hostClient(clinic.host).call('backups.create', {});
  // Stopping the host backs up on quit; then the file is damaged while nothing has it open.
  await clinic.host.stop();
  // A failing disk: the table pages of the database are overwritten.
  const file = join(clinic.dataDir, 'fasciamap.sqlite');
  const fd = openSync(file, 'r+');
  for (let offset = 8192; offset < statSync(file).size; offset += 4096)
    writeSync(fd, Buffer.alloc(600, 0xa5), 0, 600, offset + 100);
  closeSync(fd);
  await clinic.restart();

  await page.goto(clinic.host.url);
  await clinic.expectScreen('The clinic’s database needs to be restored');
  await expect(page.getByRole('alert')).toContainText('read-only');
  const refused = await page.evaluate(() =>
    window.api!.clients.create({ givenName: 'New', familyName: 'Client', dateOfBirth: '1980-01-01' }),
  );
  expect(!refused.ok && refused.error.code).toBe('READ_ONLY');

  const list = page.getByRole('list', { name: 'Backups' });
  await list.getByRole('button', { name: /Restore the backup/ }).click();
  await list.getByRole('button', { name: 'Restore', exact: true }).click();
  await clinic.expectScreen('FasciaMap is locked');
  expect(queryClinic(clinic.dataDir, 'SELECT count(*) AS n FROM clients')).toEqual([{ n: 150 }]);
});

test('a clinic whose database file has gone opens the recovery screen instead of a new, empty clinic', async ({
  page,
  clinic,
}) => {
  await hostClient(clinic.host).call('clients.create', {
    givenName: 'Kept',
    familyName: 'Safe',
    dateOfBirth: '1980-01-01',
  });
  // Stopping the host backs up on quit; then the database file is lost while nothing has it open.
  await clinic.host.stop();
  const file = join(clinic.dataDir, 'fasciamap.sqlite');
  rmSync(file);
  await clinic.restart();

  await page.goto(clinic.host.url);
  await clinic.expectScreen('The clinic’s database needs to be restored');
  await expect(page.getByRole('alert')).toContainText('missing or empty');
  expect(existsSync(file), 'no new clinic was started in its place').toBe(false);

  const list = page.getByRole('list', { name: 'Backups' });
  await list.getByRole('button', { name: /Restore the backup/ }).click();
  await list.getByRole('button', { name: 'Restore', exact: true }).click();
  await clinic.expectScreen('FasciaMap is locked');
  expect(queryClinic(clinic.dataDir, 'SELECT given_name FROM clients')).toEqual([{ given_name: 'Kept' }]);
});
