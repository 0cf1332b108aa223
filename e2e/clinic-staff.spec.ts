import { queryClinic } from './support/database';
import { expect, fillClientForm, test } from './support/fixtures';
import { TEST_THERAPIST } from './support/profile';
import { hostClient } from '../electron/test-support/host-client';

const LUIS = { displayName: 'Luis Pardo', passphrase: 'luis has a long passphrase' };

test('@clock the audit log in Settings reads newest first and filters by client, therapist, action and day', async ({
  page,
  clinic,
}) => {
  const host = hostClient(clinic.host);
  const maribel = await host.call('clients.create', {
    givenName: 'Maribel',
    familyName: 'Castro',
    dateOfBirth: '1971-04-23',
  });
  await host.call('clients.create', { givenName: 'Rosa', familyName: 'Vidal', dateOfBirth: '1980-02-11' });
  await host.call('clients.get', { id: maribel.id });

  await clinic.open('/settings', 'Settings');
  const log = page.getByRole('region', { name: 'Audit log' });
  const rows = log.getByRole('table', { name: 'Audit entries' }).getByRole('row');
  await log.getByRole('button', { name: 'Show entries' }).click();
  // Newest first: the first row is the latest thing done.
  await expect(rows.nth(1)).toContainText('Viewed a client record');
  await expect(rows.nth(1)).toContainText('Maribel Castro');
  await expect(rows.nth(1)).toContainText(TEST_THERAPIST.displayName);

  await log.getByLabel('Client').selectOption({ label: 'Maribel Castro' });
  await log.getByLabel('Action').selectOption({ label: 'Created' });
  await log.getByLabel('Therapist').selectOption({ label: TEST_THERAPIST.displayName });
  await log.getByLabel('From').fill(clinic.clock.day());
  await log.getByLabel('To').fill(clinic.clock.day());
  await log.getByRole('button', { name: 'Show entries' }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Created a client record');
  await expect(rows.nth(1)).toContainText('Maribel Castro');
  await expect(rows.nth(1)).not.toContainText('Rosa Vidal');

  // A day range before today matches nothing.
  await log.getByLabel('From').fill(clinic.clock.day(-2));
  await log.getByLabel('To').fill(clinic.clock.day(-1));
  await log.getByRole('button', { name: 'Show entries' }).click();
  await expect(log.getByText('No entries match.')).toBeVisible();

  await log.getByLabel('From').fill(clinic.clock.day());
  await log.getByLabel('To').fill('');
  const download = page.waitForEvent('download');
  await log.getByRole('button', { name: 'Export as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`fasciamap-audit-log-${clinic.clock.day()}.csv`);
  await expect(log.getByRole('status')).toHaveText('Audit log CSV ready');
  await clinic.expectScreen('Settings');

  const [exported] = queryClinic<{ record_ids: string }>(
    clinic.dataDir,
    "SELECT record_ids FROM audit_log WHERE call = 'audit.export'",
  );
  expect(JSON.parse(exported!.record_ids)).toContain(maribel.id);
});

test('@clock a therapist added in Settings unlocks from the lock screen, and a deactivated one cannot', async ({
  page,
  clinic,
}) => {
  await clinic.open('/settings', 'Settings');
  const therapists = page.getByRole('region', { name: 'Therapists' });
  const add = therapists.getByRole('form', { name: 'Add a therapist' });
  await add.getByLabel('Therapist’s name').fill(LUIS.displayName);
  await add.getByLabel('Their passphrase', { exact: true }).fill(LUIS.passphrase);
  await add.getByLabel('Repeat their passphrase').fill(LUIS.passphrase);
  await add.getByRole('button', { name: 'Add therapist' }).click();
  await expect(add.getByRole('status')).toHaveText(
    `${LUIS.displayName} can now unlock FasciaMap with their passphrase`,
  );
  await expect(therapists.getByRole('list', { name: 'Active therapists' })).toContainText(LUIS.displayName);

  await therapists.getByRole('button', { name: 'Switch therapist' }).click();
  await clinic.expectScreen('FasciaMap is locked');
  await page.getByLabel('Therapist').selectOption({ label: LUIS.displayName });
  await page.getByLabel('Passphrase').fill(LUIS.passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('navigation', { name: 'Places' })).toBeVisible();
  await clinic.open('/settings', 'Settings');
  await expect(page.getByRole('region', { name: 'Therapists' })).toContainText(
    `Signed in as ${LUIS.displayName}`,
  );

  const change = page.getByRole('form', { name: 'Change your passphrase' });
  await change.getByLabel('Current passphrase').fill('not luis’s passphrase');
  await change.getByLabel('New passphrase', { exact: true }).fill('luis’s brand new passphrase');
  await change.getByLabel('Repeat the new passphrase').fill('luis’s brand new passphrase');
  await change.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(change.getByLabel('Current passphrase')).toHaveAccessibleDescription(
    'This is not your current passphrase',
  );
  await change.getByLabel('Current passphrase').fill(LUIS.passphrase);
  await change.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(change.getByRole('status')).toHaveText('Your passphrase was changed');

  // Luis deactivates the test therapist; only Luis is left to choose on the lock screen.
  const list = page.getByRole('list', { name: 'Active therapists' });
  await list.getByRole('button', { name: 'Deactivate…' }).click();
  await list.getByRole('button', { name: `Deactivate ${TEST_THERAPIST.displayName}` }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Switch therapist' }).click();
  await clinic.expectScreen('FasciaMap is locked');
  await expect(page.getByText(`Therapist: ${LUIS.displayName}`)).toBeVisible();
  const refused = await hostClient(clinic.host).result('access.unlock', {
    profileId: queryClinic<{ id: string }>(
      clinic.dataDir,
      'SELECT id FROM profiles WHERE deactivated_at IS NOT NULL',
    )[0]!.id,
    passphrase: TEST_THERAPIST.passphrase,
  });
  expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

test('@clock a tolerance typed as 8.8 lbf is stored as 3.99 kg/cm² and shown again in lbf', async ({
  page,
  clinic,
}) => {
  await clinic.open('/settings', 'Settings');
  const form = page.getByRole('form', { name: 'Clinic settings' });
  await form.getByLabel('Algometer reads in').selectOption('lbf');
  await expect(form.getByLabel('Algometer reads in')).toHaveAccessibleDescription(
    /8\.82 lbf = 39\.2 N\/cm² = 392 kPa/,
  );
  await form.getByRole('button', { name: 'Save settings' }).click();
  await expect(form.getByRole('status')).toHaveText('Settings saved');

  await clinic.open('/clients/new', 'New client');
  await fillClientForm(page, { givenName: 'Maribel', familyName: 'Castro', dateOfBirth: '1971-04-23' });
  await page.getByLabel('Default tolerance scale').selectOption({ label: 'Algometer, lbf' });
  await page.getByLabel('Default tolerance level (lbf)').fill('40');
  await page.getByLabel('Default tolerance measured on').fill(clinic.clock.day());
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByLabel('Default tolerance level (lbf)')).toHaveAccessibleDescription(
    'Algometer pressure is between 0.22 lbf and 33.07 lbf',
  );
  await page.getByLabel('Default tolerance level (lbf)').fill('8.8');
  await page.getByRole('button', { name: 'Save client' }).click();
  await clinic.expectScreen('Maribel Castro');
  await expect(page.getByText(`8.8 lbf (measured ${clinic.clock.day()})`)).toBeVisible();

  expect(
    queryClinic<{ scale: string; value: number }>(
      clinic.dataDir,
      'SELECT scale, value FROM pressure_tolerances',
    ),
  ).toEqual([{ scale: 'algometer', value: 3.99 }]);
});
