import { queryClinic } from './support/database';
import { expect, fillClientForm, test, type Clinic } from './support/fixtures';
import { generateClients } from './support/generate';
import { hostClient } from '../electron/test-support/host-client';
import { TEST_THERAPIST } from './support/profile';

async function clientWithSession(clinic: Clinic, startsAt = clinic.clock.localDateTime(-2)) {
  const client = await hostClient(clinic.host).call('clients.create', {
    givenName: 'Rocío',
    familyName: 'Vidal',
    dateOfBirth: '1968-05-14',
  });
  const session = await hostClient(clinic.host).call('sessions.create', {
    clientId: client.id,
    startsAt,
    plannedMinutes: 60,
  });
  return { clientId: client.id, sessionId: session.id };
}

test('an absolute contraindication is shown as a warning on the chart and in the list', async ({
  page,
  clinic,
}) => {
  await clinic.open('/clients/new', 'New client');
  await fillClientForm(page, { givenName: 'Amparo', familyName: 'Soler', dateOfBirth: '1959-02-11' });
  await page.getByRole('checkbox', { name: 'Malignancy' }).check();
  await page.getByLabel('Note on malignancy').fill('Breast, under oncology care');
  await page.getByRole('checkbox', { name: 'Anticoagulant therapy' }).check();
  await page.getByRole('button', { name: 'Add an area to avoid' }).click();
  await page
    .getByRole('combobox', { name: 'Regions of area to avoid 1' })
    .selectOption({ label: "Shoulder (client's left)" });
  await page.getByLabel('Note on area to avoid 1').fill('Nothing on my left side, please');
  await page.getByLabel('Default tolerance scale').selectOption('comfort');
  await page.getByLabel('Default tolerance level (1–10)').fill('4');
  await page.getByLabel('Default tolerance measured on').fill('2026-01-10');
  await page.getByRole('button', { name: 'Save client' }).click();

  await clinic.expectScreen('Amparo Soler');
  const alerts = page.getByRole('list', { name: 'Alerts' });
  await expect(alerts.getByText('Absolute contraindication: Malignancy')).toBeVisible();
  await expect(alerts.getByText('Anticoagulants')).toBeVisible();
  await expect(
    alerts.getByText("Avoid: Shoulder (client's left): Nothing on my left side, please"),
  ).toBeVisible();
  await expect(alerts.getByText('Pressure tolerance: 4/10 comfort')).toBeVisible();

  await clinic.open('/clients', 'Clients');
  await expect(page.getByRole('link', { name: /Amparo Soler/ })).toContainText('Absolute contraindication');
});

test('a course from the trial template plans 20 sessions with its assessment dates', async ({
  page,
  clinic,
}) => {
  const { clientId } = await clientWithSession(clinic);
  await clinic.open(`/clients/${clientId}`, 'Rocío Vidal');
  await page.getByRole('link', { name: 'Start a course' }).click();
  await clinic.expectScreen('Start a treatment course');
  await page.getByLabel('Protocol').selectOption({
    label: '20 weekly sessions of 90 min (Castro-Sánchez 2011 protocol)',
  });
  await page.getByLabel('First session on').fill('2026-03-02');
  await expect(page.getByLabel('Course preview')).toContainText('Plans 20 sessions, the last on 2026-07-13');
  await page.getByRole('button', { name: 'Start course' }).click();

  await clinic.expectScreen('Rocío Vidal');
  await expect(page.getByText('0 of 20 sessions done')).toBeVisible();
  const assessments = page.getByRole('table', {
    name: /Assessments of 20 weekly sessions of 90 min \(Castro-Sánchez 2011 protocol\)/,
  });
  for (const [label, due] of [
    ['Baseline', '2026-03-02'],
    ['After the last session', '2026-07-13'],
    ['1-month follow-up', '2026-08-13'],
    ['6-month follow-up', '2027-01-13'],
  ]) {
    await expect(assessments.getByRole('row', { name: `${label} ${due}` })).toBeVisible();
  }
  const timeline = page.getByRole('list', { name: 'Session timeline' });
  await expect(timeline.getByRole('link', { name: /Session \d+ of 20/ })).toHaveCount(20);
  await expect(timeline.getByRole('link', { name: /2026-07-13 10:00 Session 20 of 20/ })).toBeVisible();
  // In order, session 1 first: today's first session heads the list.
  const courseSessions = timeline.getByRole('link', { name: /Session \d+ of 20/ });
  await expect(courseSessions.first()).toHaveAccessibleName(/^2026-03-02 10:00 Session 1 of 20/);
  await expect(courseSessions.last()).toHaveAccessibleName(/^2026-07-13 10:00 Session 20 of 20/);
});

test('a SOAP note typed and left mid-way is there again as a draft @clock', async ({
  page,
  clinic,
  context,
}) => {
  const { sessionId } = await clientWithSession(clinic);
  const editor = await context.newPage();
  const address = new URL(clinic.host.url);
  address.hash = `/sessions/${sessionId}`;
  await editor.goto(address.href);
  await editor.getByLabel('Subjective').fill('Neck stiff since Tuesday, slept badly');
  await editor.getByLabel('Pain before (0–10)').fill('7');
  await expect(editor.getByRole('status')).toContainText('Draft saved');
  await editor.close();

  await clinic.open(`/sessions/${sessionId}`, /Session on/);
  await expect(page.getByLabel('Subjective')).toHaveValue('Neck stiff since Tuesday, slept badly');
  await expect(page.getByLabel('Pain before (0–10)')).toHaveValue('7');
  await expect(page.getByRole('status')).toContainText('restored');
});

test('a signed note cannot be edited; an addendum goes under it @clock', async ({ page, clinic }) => {
  const { sessionId } = await clientWithSession(clinic);
  await clinic.open(`/sessions/${sessionId}`, /Session on/);
  await page.getByLabel('Status').selectOption('completed');
  await page.getByLabel('Actual minutes').fill('55');
  await page.getByLabel('Pain after (0–10)').fill('12');
  await page.getByLabel('Subjective').fill('Shoulders better than last week');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByLabel('Pain after (0–10)')).toHaveAccessibleDescription(
    'Pain is a whole number from 0 (none) to 10 (worst imaginable)',
  );
  await page.getByLabel('Pain after (0–10)').fill('3');
  await page.getByRole('button', { name: 'Sign note…' }).click();
  await page.getByRole('button', { name: 'Sign and lock' }).click();

  // The therapist who unlocked the app signs, and writes the addendum.
  await expect(page.getByText(new RegExp(`Signed by ${TEST_THERAPIST.displayName}`))).toBeVisible();
  await clinic.expectScreen(/Session on/);
  await expect(page.getByRole('textbox', { name: 'Subjective' })).toHaveCount(0);
  await expect(page.getByText('Shoulders better than last week')).toBeVisible();
  const refused = await page.evaluate(
    (id) =>
      window.api!.sessions.update({
        id,
        startsAt: '2026-01-01T10:00',
        plannedMinutes: 60,
        actualMinutes: 60,
        status: 'completed',
        subjective: 'Rewritten',
      }),
    sessionId,
  );
  expect(!refused.ok && refused.error.code).toBe('CONFLICT');

  await page.getByRole('textbox', { name: 'Addendum' }).fill('Pain after was 3 at rest, 4 on standing');
  await page.getByRole('button', { name: 'Add addendum' }).click();
  const addenda = page.getByRole('list', { name: 'Addenda' });
  await expect(addenda).toContainText('Pain after was 3 at rest, 4 on standing');
  await expect(addenda).toContainText(TEST_THERAPIST.displayName);
  expect(queryClinic(clinic.dataDir, 'SELECT subjective, status FROM sessions')).toEqual([
    { subjective: 'Shoulders better than last week', status: 'signed' },
  ]);
});

test('signing a planned note is refused, and the refusal stays on screen @clock', async ({
  page,
  clinic,
}) => {
  const { sessionId } = await clientWithSession(clinic);
  await clinic.open(`/sessions/${sessionId}`, /Session on/);
  await page.getByLabel('Subjective').fill('Hips ache after gardening');
  await page.getByRole('button', { name: 'Sign note…' }).click();
  await page.getByRole('button', { name: 'Sign and lock' }).click();

  // The note was saved before the signing was refused: the refusal and the saved words both stay.
  await expect(page.getByRole('alert')).toContainText('Mark the session completed before signing');
  await expect
    .poll(() => queryClinic(clinic.dataDir, 'SELECT subjective, status FROM sessions'))
    .toEqual([{ subjective: 'Hips ache after gardening', status: 'planned' }]);
  await expect(page.getByRole('alert')).toContainText('Mark the session completed before signing');
  await expect(page.getByLabel('Subjective')).toHaveValue('Hips ache after gardening');
  await expect(page.getByRole('status')).toHaveText('All changes saved');
});

test('a deleted session can be restored from the chart', async ({ page, clinic }) => {
  const { sessionId } = await clientWithSession(clinic, clinic.clock.localDateTime(48));
  await clinic.open(`/sessions/${sessionId}`, /Session on/);
  await page.getByRole('button', { name: 'Delete session' }).click();

  await clinic.expectScreen('Rocío Vidal');
  await expect(page.getByText('No sessions yet.')).toBeVisible();
  const deleted = page.getByRole('list', { name: 'Deleted sessions' });
  await deleted.getByRole('button', { name: /Restore session/ }).click();
  await expect(page.getByRole('list', { name: 'Session timeline' }).getByRole('link')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Deleted sessions' })).toHaveCount(0);
  expect(queryClinic(clinic.dataDir, 'SELECT deleted_at FROM sessions WHERE id = ?', sessionId)).toEqual([
    { deleted_at: null },
  ]);
});

test('search finds one client among 500 seeded ones', async ({ page, clinic }) => {
  generateClients(clinic.dataDir, { clients: 500, seed: 11 });
  await hostClient(clinic.host).call('clients.create', {
    givenName: 'Itziar',
    familyName: 'Olabarrieta',
    dateOfBirth: '1977-09-30',
  });
  await clinic.open('/clients', 'Clients');
  const list = page.getByRole('list', { name: 'Client list' });
  // A page of them at first, with the rest a click away.
  await expect(list.getByRole('link')).toHaveCount(50);
  await expect(page.getByRole('button', { name: 'Show more clients' })).toBeVisible();
  await page.getByLabel('Search clients').fill('olabarr');
  await expect(list.getByRole('link')).toHaveCount(1);
  await expect(list.getByRole('link')).toContainText('Itziar Olabarrieta');
});

test('the Today screen lists today’s sessions and tells a new clinic what to do @clock', async ({
  page,
  clinic,
}) => {
  await clinic.open('/today', 'Today');
  await expect(page.getByText('No sessions planned for today.')).toBeVisible();
  await clientWithSession(clinic, `${clinic.clock.day()}T23:59`);
  await page.getByRole('link', { name: 'Clients' }).click();
  await clinic.expectScreen('Clients');
  await page.getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('list', { name: 'Today’s sessions' })).toContainText('Rocío Vidal');
});

test('a protocol is data the clinic edits in Settings', async ({ page, clinic }) => {
  await clinic.open('/settings', 'Settings');
  await page.getByRole('button', { name: 'Edit Weekly sessions of 60 min, open-ended' }).click();
  await page.getByLabel('Protocol name').fill('Weekly maintenance');
  await page.getByRole('button', { name: 'Add assessment' }).click();
  await page.getByLabel('Assessment 2', { exact: true }).fill('End of course');
  await page.getByLabel('Counted from (assessment 2)').selectOption('lastSession');
  await page.getByRole('button', { name: 'Save protocol' }).click();
  await expect(page.getByLabel('Counted from (assessment 2)')).toHaveAccessibleDescription(
    'An open-ended course has no last session: count this assessment from the start',
  );
  await page.getByLabel('Sessions', { exact: true }).fill('12');
  await page.getByRole('button', { name: 'Save protocol' }).click();
  const protocols = page.getByRole('list', { name: 'Protocols' });
  await expect(protocols).toContainText('Weekly maintenance');
  await expect(protocols).toContainText('12 sessions, every 7 days, 60 minutes; 2 assessments');
  await clinic.expectScreen('Settings');
});

test('a changed tolerance is kept as history, and a client can be archived and restored', async ({
  page,
  clinic,
}) => {
  const client = await hostClient(clinic.host).call('clients.create', {
    givenName: 'Rocío',
    familyName: 'Vidal',
    dateOfBirth: '1968-05-14',
    toleranceDefault: { scale: 'ordinal', value: 'light', measuredOn: '2026-01-05' },
  });
  await clinic.open(`/clients/${client.id}`, 'Rocío Vidal');
  await page.getByRole('link', { name: 'Edit intake' }).click();
  await clinic.expectScreen('Edit intake');
  await page.getByLabel('Default tolerance level').selectOption('moderate');
  await page.getByRole('button', { name: 'Save client' }).click();

  await clinic.expectScreen('Rocío Vidal');
  await expect(page.getByText('Pressure tolerance: moderate')).toBeVisible();
  await page.getByText('History of tolerance changes').click();
  await expect(page.getByText(/Default: light measured 2026-01-05, recorded .*, replaced/)).toBeVisible();

  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText(/archived/)).toBeVisible();
  await clinic.open('/clients', 'Clients');
  await expect(page.getByText('No clients yet')).toBeVisible();
  await page.getByLabel('Show').selectOption('archived');
  await page.getByRole('link', { name: /Rocío Vidal/ }).click();
  await page.getByRole('button', { name: 'Unarchive' }).click();
  await expect(page.getByRole('button', { name: 'Archive' })).toBeVisible();
});
