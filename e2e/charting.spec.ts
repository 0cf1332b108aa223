import { expect, test, type Clinic } from './support/fixtures';
import { queryClinic } from './support/database';
import { hostClient } from '../electron/test-support/host-client';

/** A client with one session booked at `startsAt`, as the front desk would leave it. */
async function bookedSession(clinic: Clinic, startsAt: string) {
  const host = hostClient(clinic.host);
  const client = await host.call('clients.create', {
    givenName: 'Inés',
    familyName: 'Navarro',
    dateOfBirth: '1968-09-14',
  });
  return host.call('sessions.create', { clientId: client.id, startsAt, plannedMinutes: 60 });
}

test('a client who came early is charted completed before the booked time; the next day is refused @clock', async ({
  page,
  clinic,
}) => {
  // The last minute of the clinic's day: later today at 06:00 in Kiritimati and at 23:30 in Los Angeles.
  const session = await bookedSession(clinic, `${clinic.clock.day()}T23:59`);
  await clinic.open(`/sessions/${session.id}`, /Session on/);
  await page.getByLabel('Status').selectOption('completed');
  await page.getByLabel('Actual minutes').fill('50');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect
    .poll(() => queryClinic(clinic.dataDir, 'SELECT status, actual_minutes FROM sessions'))
    .toEqual([{ status: 'completed', actual_minutes: 50 }]);

  await page.getByLabel('Date and time').fill(`${clinic.clock.day(1)}T00:00`);
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByLabel('Date and time')).toHaveAccessibleDescription(
    'A session completed cannot be on a future day: change the date or keep it planned',
  );
});

test('the note’s objective part is pre-filled from the run, and typed text is never replaced', async ({
  page,
  clinic,
}) => {
  const host = hostClient(clinic.host);
  const session = await bookedSession(clinic, clinic.clock.localDateTime(-1));
  const zone = await host.call('zones.create', {
    sessionId: session.id,
    body: {
      target: { kind: 'structure', structureId: 'trapezius_upper_L' },
      techniqueId: 'sustained-pressure',
      pressure: { scale: 'ordinal', value: 'light' },
      holdMinutes: 4,
    },
  });
  await host.call('runs.save', {
    zoneId: zone.id,
    holdSeconds: 245,
    pressureUsed: { scale: 'ordinal', value: 'light' },
    response: 'released',
  });

  await clinic.open(`/sessions/${session.id}`, /Session on/);
  const objective = page.getByLabel('Objective');
  await expect(objective).toHaveValue(
    "Treated, in session order:\n1. Upper trapezius (client's left): sustained pressure, light pressure, held 4 min 05 s (planned 4 min), response: release felt.",
  );
  // Editable like anything typed, and saved as the therapist leaves it.
  await objective.fill('Upper trapezius released after a 4-minute hold');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect
    .poll(() => queryClinic(clinic.dataDir, 'SELECT objective FROM sessions'))
    .toEqual([{ objective: 'Upper trapezius released after a 4-minute hold' }]);

  await page.reload();
  await clinic.expectScreen(/Session on/);
  await expect(page.getByLabel('Objective')).toHaveValue('Upper trapezius released after a 4-minute hold');
});
