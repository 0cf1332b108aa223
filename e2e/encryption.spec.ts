import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { queryClinic } from './support/database';
import { expect, test } from './support/fixtures';
import { hostClient } from '../electron/test-support/host-client';
import { databaseDigest } from '../electron/test-support/hostile/digest';

const EXPORT_PASSPHRASE = 'a passphrase for this export';
const CLINIC_PASSPHRASE = 'the clinic’s backup passphrase';

/** Every row of every table, to show that a refused import wrote nothing anywhere (audit log included). */
function everyRow(dataDir: string): string {
  const db = new Database(join(dataDir, 'fasciamap.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return databaseDigest(db);
  } finally {
    db.close();
  }
}

test('the clinic export is encrypted; importing it with a wrong passphrase writes nothing, with the right one it brings the records back', async ({
  page,
  clinic,
}) => {
  await page.goto(clinic.host.url);
  const { id: clientId } = await hostClient(clinic.host).call('clients.create', {
    givenName: 'Encrypted',
    familyName: 'Export',
    dateOfBirth: '1980-01-01',
  });
  await clinic.open('/settings', 'Settings');

  const exportForm = page.getByRole('form', { name: 'Passphrase for the export' });
  await exportForm.getByLabel('Passphrase for the export').fill(EXPORT_PASSPHRASE);
  await exportForm.getByLabel('Repeat it').fill(EXPORT_PASSPHRASE);
  const downloading = page.waitForEvent('download');
  await exportForm.getByRole('button', { name: 'Export the clinic, encrypted' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^fasciamap-clinic-\d{4}-\d{2}-\d{2}\.json\.sealed$/);
  const file = join(clinic.dataDir, download.suggestedFilename());
  await download.saveAs(file);
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 16).toString('latin1')).toBe('FASCIAMAP-SEALED');
  expect(bytes.includes(Buffer.from('Encrypted'))).toBe(false);

  // The client leaves the clinic's records for good: the export is all that is left of them.
  await hostClient(clinic.host).call('clients.delete', { id: clientId });
  await hostClient(clinic.host).call('clients.purge', { id: clientId });
  const before = everyRow(clinic.dataDir);

  await page.getByLabel('Import a file…').setInputFiles(file);
  const importForm = page.getByRole('form', { name: 'Import an encrypted file' });
  await importForm.getByLabel('Passphrase of the file').fill('not the right passphrase');
  await importForm.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported' })).toContainText(
    'That passphrase does not open this file',
  );
  await clinic.expectScreen('Settings');
  expect(everyRow(clinic.dataDir)).toBe(before);

  await importForm.getByLabel('Passphrase of the file').fill(EXPORT_PASSPHRASE);
  await importForm.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Imported \d+ records/ })).toBeVisible();
  expect(queryClinic(clinic.dataDir, 'SELECT given_name FROM clients WHERE id = ?', clientId)).toEqual([
    { given_name: 'Encrypted' },
  ]);
});

test('a plain export is made only past a warning', async ({ page, clinic }) => {
  await clinic.open('/settings', 'Settings');
  await page.getByRole('button', { name: 'Export without encryption…' }).click();
  const warning = page.getByRole('group', { name: 'Export without encryption' });
  await expect(warning.getByRole('alert')).toContainText('plain text');
  const downloading = page.waitForEvent('download');
  await warning.getByRole('button', { name: 'Export unencrypted' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const document = JSON.parse(readFileSync(await download.path(), 'utf8')) as { format: string };
  expect(document.format).toBe('fasciamap-export');
});

test('backups are encrypted once the clinic passphrase is set, and restored only with it', async ({
  page,
  clinic,
}) => {
  await hostClient(clinic.host).call('clients.create', {
    givenName: 'Before',
    familyName: 'Backup',
    dateOfBirth: '1980-01-01',
  });
  await clinic.open('/settings', 'Settings');
  const setForm = page.getByRole('form', { name: 'Clinic passphrase' });
  await setForm.getByLabel('Clinic passphrase').fill(CLINIC_PASSPHRASE);
  await setForm.getByLabel('Repeat it').fill(CLINIC_PASSPHRASE);
  await setForm.getByRole('button', { name: 'Encrypt backups' }).click();
  // The daily backup made when the host started was waiting, and is encrypted now.
  await expect(page.getByRole('status').filter({ hasText: 'waiting backup was encrypted' })).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).click();
  const list = page.getByRole('list', { name: 'Backups' });
  await expect(list.getByRole('listitem').first()).toContainText('made by hand · encrypted');
  await expect(list.getByRole('listitem').filter({ hasText: 'not encrypted' })).toHaveCount(0);

  await hostClient(clinic.host).call('clients.create', {
    givenName: 'After',
    familyName: 'Backup',
    dateOfBirth: '1980-01-01',
  });
  await list
    .getByRole('button', { name: /Restore the backup/ })
    .first()
    .click();
  await list.getByLabel('Clinic passphrase it was encrypted with').fill('a wrong passphrase');
  await list.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(list.getByRole('alert')).toContainText('That passphrase does not open this file');
  await clinic.expectScreen('Settings');
  expect(queryClinic(clinic.dataDir, 'SELECT given_name FROM clients ORDER BY 1')).toHaveLength(2);

  await list.getByLabel('Clinic passphrase it was encrypted with').fill(CLINIC_PASSPHRASE);
  await list.getByRole('button', { name: 'Restore', exact: true }).click();
  await clinic.expectScreen('FasciaMap is locked');
  expect(queryClinic(clinic.dataDir, 'SELECT given_name FROM clients')).toEqual([{ given_name: 'Before' }]);
});
