import { expect, fillClientForm, test } from './support/fixtures';
import { hostClient } from '../electron/test-support/host-client';

const zone = (structureId: string, value: 'moderate' | 'firm' = 'moderate') => ({
  target: { kind: 'structure' as const, structureId },
  techniqueId: 'sustained-pressure',
  pressure: { scale: 'ordinal' as const, value },
  holdMinutes: 5,
});

test('a scar placed at intake flags only the zones over it @clock', async ({ page, clinic }) => {
  await clinic.open('/clients/new', 'New client');
  await fillClientForm(page, { givenName: 'Ingrid', familyName: 'Halvorsen', dateOfBirth: '1978-03-14' });
  await page.getByRole('checkbox', { name: 'Recent surgery' }).check();
  const where = page.getByRole('combobox', { name: 'Where is the recent surgery' });
  await expect(where).toHaveAccessibleDescription(/until then every planned zone is flagged/);
  await page.getByLabel('Note on recent surgery').fill('Laparoscopic cholecystectomy');
  await where.selectOption({ label: 'Abdomen' });
  await page.getByRole('button', { name: 'Add an area to avoid' }).click();
  const shins = page.getByRole('combobox', { name: 'Regions of area to avoid 1' });
  await shins.selectOption({ label: "Lower leg (client's left)" });
  await shins.selectOption({ label: "Lower leg (client's right)" });
  await page.getByLabel('Note on area to avoid 1').fill('Shins');
  await page.getByRole('button', { name: 'Save client' }).click();

  await clinic.expectScreen('Ingrid Halvorsen');
  await expect(page.getByText('Recent surgery — Laparoscopic cholecystectomy (in Abdomen)')).toBeVisible();
  await expect(
    page.getByText("Lower leg (client's left), Lower leg (client's right): Shins").first(),
  ).toBeVisible();

  const { call } = hostClient(clinic.host);
  const [client] = await call('clients.list', { search: 'Halvorsen' });
  const session = await call('sessions.create', {
    clientId: client!.id,
    startsAt: clinic.clock.localDateTime(1),
    plannedMinutes: 60,
  });
  const belly = await call('zones.create', { sessionId: session.id, body: zone('rectus_abdominis_R') });
  const shin = await call('zones.create', { sessionId: session.id, body: zone('tibialis_anterior_L') });
  await call('zones.create', { sessionId: session.id, body: zone('deltoid_middle_L') });
  const { flags } = await call('plan.get', { sessionId: session.id });
  expect(flags.map((flag) => [flag.zoneId, flag.kind])).toEqual([
    [belly.id, 'contraindication'],
    [shin.id, 'caution'],
  ]);
});

test('soreness reported in the note, with its region, lowers the carried pressure there @clock', async ({
  page,
  clinic,
}) => {
  const { call } = hostClient(clinic.host);
  const client = await call('clients.create', {
    givenName: 'Ingrid',
    familyName: 'Halvorsen',
    dateOfBirth: '1978-03-14',
  });
  const last = await call('sessions.create', {
    clientId: client.id,
    startsAt: `${clinic.clock.day(-7)}T10:00`,
    plannedMinutes: 60,
  });
  const gluteal = await call('zones.create', { sessionId: last.id, body: zone('gluteus_maximus_L', 'firm') });
  const today = await call('sessions.create', {
    clientId: client.id,
    startsAt: clinic.clock.localDateTime(1),
    plannedMinutes: 60,
  });

  await clinic.open(`/sessions/${today.id}`, /Session on/);
  await page.getByLabel('Soreness since last session').selectOption('moderate');
  await page.getByRole('checkbox', { name: 'Flare reported since last session' }).check();
  await page
    .getByRole('combobox', { name: 'Where the soreness or flare is' })
    .selectOption({ label: "Hip and buttock (client's left)" });
  await page.getByRole('button', { name: 'Save note' }).click();
  // Saved, not just drafted: the saved note names the region.
  await expect
    .poll(async () => (await call('sessions.get', { id: today.id })).sorenessRegions)
    .toEqual(['pelvis_L']);

  const carried = await call('plan.carryForward', { sessionId: today.id });
  expect(carried.zones.map((item) => [item.carriedFromId, item.body.pressure.value])).toEqual([
    [gluteal.id, 'moderate'],
  ]);
  expect(carried.flags.map((flag) => flag.reason)).toEqual([
    `Moderate soreness with a flare reported on ${clinic.clock.localDateTime(1).slice(0, 10)} in the Hip and buttock (client's left) after the last session: pressure lowered from firm to moderate`,
  ]);
});
