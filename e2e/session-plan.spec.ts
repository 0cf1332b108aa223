import type { Page } from '@playwright/test';
import type { Vec3 } from '../shared/anatomy';
import type { CallOutput } from '../shared/api/contract';
import { afterNextFrame, modelReady, screenPointOf } from './support/body-screen';
import { queryClinic } from './support/database';
import { expect, test, type Clinic } from './support/fixtures';
import { TEST_THERAPIST } from './support/profile';
import { hostClient } from '../electron/test-support/host-client';

/** The gluteal tender-point site on the client's left buttock: in gluteus maximus, seen from behind. */
const LEFT_GLUTEAL: Vec3 = [12.6, 95.0, -12.0];
/** Over the client's left lower ribs at the back: a broad, gently curved patch of skin. */
const LEFT_BACK: Vec3 = [9, 118, -13];

type Client = CallOutput<'clients.create'>;

async function newClient(
  clinic: Clinic,
  size: { heightCm?: number; weightKg?: number } = {},
): Promise<Client> {
  return hostClient(clinic.host).call('clients.create', {
    ...size,
    givenName: 'Maya',
    familyName: 'Lind',
    dateOfBirth: '1975-05-02',
    toleranceDefault: { scale: 'ordinal', value: 'firm', measuredOn: '2026-01-10' },
    toleranceByRegion: [
      { region: 'shoulder_L', level: { scale: 'ordinal', value: 'moderate', measuredOn: '2026-01-10' } },
    ],
  });
}

/** The flag such a zone raises: firm is above the left shoulder's moderate. */
const LEFT_SHOULDER_FLAG =
  "firm is above the client’s tolerance for Shoulder (client's left): moderate, measured 2026-01-10";

/** A zone of firm sustained pressure on the left upper trapezius: above the left shoulder's tolerance. */
async function addFirmZoneOnLeftShoulder(clinic: Clinic, sessionId: string) {
  return hostClient(clinic.host).call('zones.create', {
    sessionId,
    body: {
      target: { kind: 'structure', structureId: 'trapezius_upper_L' },
      techniqueId: 'sustained-pressure',
      pressure: { scale: 'ordinal', value: 'firm' },
      holdMinutes: 5,
    },
  });
}

async function newSession(clinic: Clinic, clientId: string, startsAt: string) {
  return hostClient(clinic.host).call('sessions.create', { clientId, startsAt, plannedMinutes: 60 });
}

async function openPlan(clinic: Clinic, page: Page, sessionId: string) {
  await clinic.open(`/sessions/${sessionId}/plan`, /^Session plan/);
  await modelReady(page);
  // The pain map's measures appear once the skin has been measured: painting needs it too.
  await expect(page.getByTestId('pain-extent')).toBeVisible({ timeout: 60_000 });
}

async function showPosterior(page: Page) {
  await afterNextFrame(page, () => page.getByRole('button', { name: /^Posterior/ }).click());
}

type StoredTriggerPoint = { anchor: { structureId: string; point: Vec3 } };

function storedTriggerPoints(clinic: Clinic): StoredTriggerPoint[] {
  return queryClinic<{ body: string }>(
    clinic.dataDir,
    "SELECT body FROM findings WHERE kind = 'trigger_point'",
  ).map((row) => JSON.parse(row.body) as StoredTriggerPoint);
}

function findingsList(page: Page) {
  return page.getByRole('complementary', { name: 'Plan and findings' });
}

/** A new session's plan, seen from behind, with an active trigger point clicked onto the left gluteal site. */
async function planWithLeftGlutealTriggerPoint(clinic: Clinic, page: Page) {
  const client = await newClient(clinic);
  const session = await newSession(clinic, client.id, '2026-11-20T10:00');
  await openPlan(clinic, page, session.id);
  await showPosterior(page);
  await page.keyboard.press('t');
  const target = await screenPointOf(page, LEFT_GLUTEAL, 'posterior');
  await page.mouse.click(target.x, target.y);
  await expect(
    findingsList(page).getByText("Trigger point, active: Gluteus maximus (client's left)"),
  ).toBeVisible();
  return { session, target };
}

test('a click places a trigger point in the muscle under the cursor, at the same place after a restart', async ({
  page,
  clinic,
}) => {
  const { session, target } = await planWithLeftGlutealTriggerPoint(clinic, page);
  const stored = () => storedTriggerPoints(clinic);
  const [before] = stored();
  expect(before!.anchor.structureId).toBe('gluteus_maximus_L');
  // The point lies on the muscle's surface near the site the click aimed at.
  expect(Math.hypot(...before!.anchor.point.map((v, i) => v - LEFT_GLUTEAL[i]!))).toBeLessThan(3);

  await clinic.restart();
  await openPlan(clinic, page, session.id);
  const [after] = stored();
  expect(Math.hypot(...after!.anchor.point.map((v, i) => v - before!.anchor.point[i]!))).toBeLessThan(0.1);
  // Drawn where it was: a click on the same spot with the select tool picks it.
  await showPosterior(page);
  await page.keyboard.press('v');
  await page.mouse.click(target.x, target.y);
  await expect(page.getByRole('heading', { level: 2, name: 'Trigger point' })).toBeVisible();
  await expect(page.getByText("In Gluteus maximus (client's left)")).toBeVisible();
});

test('a placed trigger point moves to where the therapist clicks, and undo puts it back', async ({
  page,
  clinic,
}) => {
  const { target: left } = await planWithLeftGlutealTriggerPoint(clinic, page);
  const storedMuscle = () => storedTriggerPoints(clinic).map((finding) => finding.anchor.structureId);
  const findings = findingsList(page);

  await page.keyboard.press('v');
  await page.mouse.click(left.x, left.y);
  await expect(page.getByRole('heading', { level: 2, name: 'Trigger point' })).toBeVisible();
  await page.keyboard.press('m');
  const rightGluteal: Vec3 = [-LEFT_GLUTEAL[0], LEFT_GLUTEAL[1], LEFT_GLUTEAL[2]];
  const right = await screenPointOf(page, rightGluteal, 'posterior');
  await page.mouse.click(right.x, right.y);
  await expect(findings.getByText("Trigger point, active: Gluteus maximus (client's right)")).toBeVisible();
  // The plan shows a move before main has answered: wait for the stored row to follow.
  await expect.poll(storedMuscle).toEqual(['gluteus_maximus_R']);

  await page.keyboard.press('Control+z');
  await expect(findings.getByText("Trigger point, active: Gluteus maximus (client's left)")).toBeVisible();
  await expect.poll(storedMuscle).toEqual(['gluteus_maximus_L']);
});

test('painting a pain area reports its share of the body, in square centimetres of the client’s own skin', async ({
  page,
  clinic,
}) => {
  // 160 cm and 55 kg: Mosteller's √(160 × 55 / 3600) = 1.5635 m² of skin
  const client = await newClient(clinic, { heightCm: 160, weightKg: 55 });
  const session = await newSession(clinic, client.id, '2026-11-20T10:00');
  await openPlan(clinic, page, session.id);
  await showPosterior(page);
  await page.keyboard.press('p');
  await page.getByLabel('Brush radius').selectOption('5');
  const spot = await screenPointOf(page, LEFT_BACK, 'posterior');
  await page.mouse.move(spot.x, spot.y);
  await page.mouse.down();
  await page.mouse.up();
  await expect(page.getByText(/^Pain area, 5\/10 aching/)).toBeVisible();
  const extent = page.getByTestId('pain-extent');
  await expect(extent).not.toHaveText(/^0 cm²/);
  const [, area, percent] =
    /^(\d+) cm² · ([\d.]+)% of the body/.exec((await extent.textContent()) ?? '') ?? [];
  // One 5 cm stamp on a gently curved back covers about π·5² ≈ 79 cm² of the model's 2.4 m² skin.
  expect(Number(percent)).toBeGreaterThan((100 * 79 * 0.75) / 23_800);
  expect(Number(percent)).toBeLessThan((100 * 79 * 1.25) / 23_800);
  // The square centimetres are that share of this client's skin, not of the model's.
  expect(Math.abs(Number(area) - (Number(percent) / 100) * 15_635)).toBeLessThan((0.05 * 15_635) / 100 + 1);
  await expect(page.getByText('Square centimetres for the client’s height and weight.')).toBeVisible();
  const [row] = queryClinic<{ body: string }>(
    clinic.dataDir,
    "SELECT body FROM findings WHERE kind = 'pain_area'",
  );
  expect(JSON.parse(row!.body).footprint.length).toBeGreaterThan(0);
});

test('a zone above the client’s tolerance is flagged, and the session starts only once the flag is acknowledged; the hold timer logs the hold', async ({
  page,
  clinic,
}) => {
  const client = await newClient(clinic);
  const session = await newSession(clinic, client.id, '2026-11-20T10:00');
  await addFirmZoneOnLeftShoulder(clinic, session.id);
  await openPlan(clinic, page, session.id);
  const reason = LEFT_SHOULDER_FLAG;
  await expect(page.getByRole('list', { name: 'Flags for zone 1' }).getByText(reason)).toBeVisible();

  await page.getByRole('button', { name: 'Start session' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start the session' });
  const start = dialog.getByRole('button', { name: /^Start, 1 flag acknowledged/ });
  await expect(start).toBeDisabled();
  await dialog.getByRole('checkbox', { name: new RegExp(reason.replace(/[()]/g, '\\$&')) }).check();
  await start.click();
  await clinic.expectScreen(/^Running the session/);
  // The acknowledgement is kept with who made it, and starting put the session in progress.
  expect(
    queryClinic(
      clinic.dataDir,
      'SELECT kind, reason, by_name FROM flag_acknowledgements WHERE session_id = ?',
      session.id,
    ),
  ).toEqual([{ kind: 'tolerance', reason, by_name: TEST_THERAPIST.displayName }]);
  expect((await hostClient(clinic.host).call('sessions.get', { id: session.id })).status).toBe('in_progress');

  // The hold: started with the space bar, stopped once the clock shows two seconds.
  await page.keyboard.press(' ');
  await expect(page.getByTestId('hold-clock')).toHaveText(/^00:(0[2-9]|[1-5]\d)$/, { timeout: 30_000 });
  await page.getByRole('button', { name: /^Stop and log/ }).click();
  await expect(page.getByTestId('logged-hold')).toHaveText(/^Logged hold: 0 min (0[2-9]|[1-5]\d) s$/);
  await page.getByRole('button', { name: 'light', exact: true }).click();
  await page.getByRole('button', { name: 'Release felt' }).click();
  await expect(page.getByRole('button', { name: 'Release felt' })).toHaveAttribute('aria-pressed', 'true');
  const [run] = queryClinic<{ hold_seconds: number; pressure_used: string; response: string }>(
    clinic.dataDir,
    'SELECT hold_seconds, pressure_used, response FROM zone_runs',
  );
  expect(run!.hold_seconds).toBeGreaterThanOrEqual(2);
  expect(JSON.parse(run!.pressure_used)).toEqual({ scale: 'ordinal', value: 'light' });
  expect(run!.response).toBe('released');
});

test('signing a flagged session nobody started shows its flags in the sign dialog, acknowledged there and then printed @clock', async ({
  page,
  clinic,
}) => {
  const client = await newClient(clinic);
  const session = await newSession(clinic, client.id, '2026-11-20T10:00');
  await addFirmZoneOnLeftShoulder(clinic, session.id);
  const reason = LEFT_SHOULDER_FLAG;
  await clinic.open(`/sessions/${session.id}`, /^Session on/);
  await page.getByLabel('Status').selectOption('completed');
  await page.getByLabel('Actual minutes').fill('55');
  await page.getByLabel('Subjective').fill('Neck easier after the first hold.');
  await page.getByRole('button', { name: 'Sign note…' }).click();

  const signing = page.getByRole('group', { name: 'Confirm signing' });
  const review = signing.getByRole('region', { name: 'Flags to acknowledge' });
  const zone = review.getByRole('region', { name: "Zone 1, Upper trapezius (client's left)" });
  await expect(zone.getByRole('checkbox', { name: reason })).toBeVisible();
  await expect(signing.getByRole('button', { name: 'Sign and lock' })).toBeDisabled();
  await zone.getByRole('checkbox', { name: reason }).check();
  await review.getByRole('button', { name: 'Acknowledge 1 flag' }).click();
  await expect(review).toHaveCount(0);
  await signing.getByRole('button', { name: 'Sign and lock' }).click();
  await expect(page.getByText(new RegExp(`Signed by ${TEST_THERAPIST.displayName}`))).toBeVisible();

  await clinic.open(`/print/session/${session.id}?sheet=summary`, 'Session summary');
  const flags = page.getByRole('region', { name: 'Flags and their acknowledgement' });
  await expect(flags).toContainText(`Zone 1, Upper trapezius (client's left): ${reason}`);
  await expect(flags).toContainText(`acknowledged by ${TEST_THERAPIST.displayName}`);
  await expect(flags).not.toContainText('No flags were raised');
});

test('a lock mid-hold logs the hold as interrupted, and unlocking brings the run back asking only for a new flag', async ({
  page,
  clinic,
}) => {
  const client = await newClient(clinic);
  const session = await newSession(clinic, client.id, '2026-11-20T10:00');
  const firmOn = (structureId: string) => ({
    target: { kind: 'structure' as const, structureId },
    techniqueId: 'sustained-pressure',
    pressure: { scale: 'ordinal' as const, value: 'firm' as const },
    holdMinutes: 5,
  });
  await hostClient(clinic.host).call('zones.create', {
    sessionId: session.id,
    body: firmOn('trapezius_upper_L'),
  });
  await openPlan(clinic, page, session.id);
  await page.getByRole('button', { name: 'Start session' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start the session' });
  await dialog.getByRole('checkbox').check();
  await dialog.getByRole('button', { name: /^Start, 1 flag acknowledged/ }).click();
  await clinic.expectScreen(/^Running the session/);
  await page.keyboard.press(' ');
  await expect(page.getByTestId('hold-clock')).toHaveText(/^00:(0[1-9]|[1-5]\d)$/, { timeout: 30_000 });

  // Meanwhile the plan gains a second flagged zone, and the app locks with the hold running.
  await hostClient(clinic.host).call('zones.create', {
    sessionId: session.id,
    body: firmOn('deltoid_middle_L'),
  });
  await page.evaluate(() => window.api!.access.lock({}));
  await page.reload();
  await clinic.expectScreen('FasciaMap is locked');
  await page.getByLabel('Passphrase').fill(TEST_THERAPIST.passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();

  const resumed = page.getByRole('dialog', { name: 'Start the session' });
  await expect(resumed).toContainText('1 flag was acknowledged earlier in this session.');
  await expect(resumed.getByRole('checkbox')).toHaveCount(1);
  await resumed
    .getByRole('region', { name: /^Zone 2, / })
    .getByRole('checkbox')
    .check();
  await resumed.getByRole('button', { name: /^Start, 1 flag acknowledged/ }).click();
  await clinic.expectScreen(/^Running the session/);
  await expect(page.getByText('Zone 1 of 2')).toBeVisible();
  await expect(page.getByTestId('logged-hold')).toHaveText(
    /^Logged hold: 0 min (0[1-9]|[1-5]\d) s, interrupted by the lock$/,
  );
  const [run] = queryClinic<{ interrupted: number }>(clinic.dataDir, 'SELECT interrupted FROM zone_runs');
  expect(run).toEqual({ interrupted: 1 });
});

test('run mode says so when a tap could not be saved, here because the note was signed meanwhile', async ({
  page,
  clinic,
}) => {
  const client = await newClient(clinic);
  const session = await newSession(clinic, client.id, '2026-11-20T10:00');
  await hostClient(clinic.host).call('zones.create', {
    sessionId: session.id,
    body: {
      target: { kind: 'structure', structureId: 'trapezius_upper_L' },
      techniqueId: 'sustained-pressure',
      pressure: { scale: 'ordinal', value: 'light' },
      holdMinutes: 5,
    },
  });
  await openPlan(clinic, page, session.id);
  await page.getByRole('button', { name: 'Start session' }).click();
  await page
    .getByRole('dialog', { name: 'Start the session' })
    .getByRole('button', { name: /^Start/ })
    .click();
  await clinic.expectScreen(/^Running the session/);

  // Signed from elsewhere (another window, say) while this screen still shows the zone.
  await hostClient(clinic.host).call('sessions.update', {
    id: session.id,
    startsAt: session.startsAt,
    plannedMinutes: session.plannedMinutes,
    actualMinutes: 55,
    status: 'completed',
    subjective: 'Neck easier after the first hold.',
  });
  await hostClient(clinic.host).call('sessions.sign', { id: session.id });
  await page.getByRole('button', { name: 'light', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Not saved: This session’s note is signed: its findings and plan are locked',
  );
  await expect(page.getByRole('button', { name: 'light', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  expect(queryClinic(clinic.dataDir, 'SELECT * FROM zone_runs')).toEqual([]);
});

test('starting from the last session carries its findings forward, shown as persisting', async ({
  page,
  clinic,
}) => {
  const client = await newClient(clinic);
  const last = await newSession(clinic, client.id, '2026-11-13T10:00');
  const today = await newSession(clinic, client.id, '2026-11-20T10:00');
  await hostClient(clinic.host).call('findings.create', {
    sessionId: last.id,
    body: {
      kind: 'trigger_point',
      state: 'latent',
      anchor: {
        structureId: 'gluteus_maximus_L',
        layer: 'superficial_muscle',
        u: 0.5,
        v: 0.5,
        point: LEFT_GLUTEAL as [number, number, number],
        normal: [0, 0, -1],
        atlasVersion: 1,
      },
    },
  });
  await hostClient(clinic.host).call('findings.create', {
    sessionId: last.id,
    body: {
      kind: 'pain_area',
      region: { strokes: [{ mode: 'paint', radiusCm: 4, stamps: [LEFT_BACK as [number, number, number]] }] },
      intensity: 4,
      quality: 'aching',
    },
  });
  await openPlan(clinic, page, today.id);
  await page.getByRole('button', { name: 'Start from the last session' }).click();
  const findings = page.getByRole('complementary', { name: 'Plan and findings' });
  const carried = findings.getByRole('button', { name: /Trigger point, latent: Gluteus maximus/ });
  await expect(carried).toContainText('Persisting');
  await expect(findings.getByRole('button', { name: /Pain area, 4\/10 aching/ })).toContainText('Persisting');
  await expect(page.getByRole('button', { name: 'Start from the last session' })).toHaveCount(0);

  // Deleting one this time shows it as resolved since the last session.
  await carried.click();
  await page.getByRole('button', { name: 'Delete (Del)' }).click();
  await expect(findings.getByText('Resolved since last session')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(carried).toContainText('Persisting');
});
