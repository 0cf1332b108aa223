import { hostClient } from '../electron/test-support/host-client';
import { queryClinic } from './support/database';
import { expect, fillClientForm, test } from './support/fixtures';

test('a new clinic shows what to do first', async ({ page, clinic }) => {
  await clinic.open('/clients', 'Clients');
  await expect(page.getByRole('heading', { name: 'No clients yet' })).toBeVisible();
  await page.getByRole('link', { name: 'Add a client' }).click();
  await clinic.expectScreen('New client');
});

test('a client created in the form is there again after a restart, and in the SQLite file', async ({
  page,
  clinic,
}) => {
  await clinic.open('/clients/new', 'New client');
  await fillClientForm(page, { givenName: 'Maribel', familyName: 'Castro', dateOfBirth: '1971-04-23' });
  await page.getByRole('button', { name: 'Save client' }).click();
  await clinic.expectScreen('Maribel Castro');

  await clinic.restart();
  await clinic.open('/clients', 'Clients');
  await page.getByRole('link', { name: /Maribel Castro/ }).click();
  await clinic.expectScreen('Maribel Castro');
  await expect(page.getByText('1971-04-23')).toBeVisible();

  const rows = queryClinic<{ given_name: string; family_name: string; date_of_birth: string }>(
    clinic.dataDir,
    'SELECT given_name, family_name, date_of_birth FROM clients',
  );
  expect(rows).toEqual([{ given_name: 'Maribel', family_name: 'Castro', date_of_birth: '1971-04-23' }]);
});

test('invalid input shows each field its message and writes nothing', async ({ page, clinic }) => {
  await clinic.open('/clients/new', 'New client');
  await fillClientForm(page, {
    givenName: '',
    familyName: 'Castro',
    dateOfBirth: '2999-01-01',
    email: 'not-an-email',
  });
  await page.getByRole('button', { name: 'Save client' }).click();

  await expect(page.getByLabel('Given name')).toHaveAccessibleDescription('Given name is required');
  await expect(page.getByLabel('Email')).toHaveAccessibleDescription(
    'Enter an email such as name@example.org',
  );
  await clinic.expectScreen('New client');

  await page.getByLabel('Given name').fill('Ana');
  await page.getByLabel('Email').fill('');
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByLabel('Date of birth')).toHaveAccessibleDescription(
    'Date of birth cannot be in the future',
  );
  expect(queryClinic(clinic.dataDir, 'SELECT * FROM clients')).toEqual([]);
});

test('search narrows the client list as the therapist types', async ({ page, clinic }) => {
  for (const [givenName, familyName] of [
    ['Ana', 'Ruiz'],
    ['Bea', 'Martín'],
  ] as const) {
    await clinic.open('/clients/new', 'New client');
    await fillClientForm(page, { givenName, familyName, dateOfBirth: '1980-01-01' });
    await page.getByRole('button', { name: 'Save client' }).click();
    await clinic.expectScreen(`${givenName} ${familyName}`);
  }
  await clinic.open('/clients', 'Clients');
  await page.getByLabel('Search clients').fill('mart');
  const list = page.getByRole('list', { name: 'Client list' });
  await expect(list.getByRole('link')).toHaveCount(1);
  await expect(list.getByRole('link')).toContainText('Bea Martín');
});

test('a long list comes a page at a time, and a search finds a name without its accents', async ({
  page,
  clinic,
}) => {
  const host = hostClient(clinic.host);
  for (let n = 1; n <= 55; n++) {
    const familyName = n === 55 ? 'Núñez' : `Client ${String(n).padStart(2, '0')}`;
    await host.call('clients.create', { givenName: 'Eva', familyName, dateOfBirth: '1980-01-01' });
  }
  await clinic.open('/clients', 'Clients');
  const list = page.getByRole('list', { name: 'Client list' });
  await expect(list.getByRole('link')).toHaveCount(50);
  await page.getByRole('button', { name: 'Show more clients' }).click();
  await expect(list.getByRole('link')).toHaveCount(55);
  await expect(page.getByRole('button', { name: 'Show more clients' })).toHaveCount(0);

  await page.getByLabel('Search clients').fill('nunez');
  await expect(list.getByRole('link')).toHaveCount(1);
  await expect(list.getByRole('link')).toContainText('Eva Núñez');
});
