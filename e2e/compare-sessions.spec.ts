import { expect, type Locator, type Page } from '@playwright/test';
import { ATLAS_VERSION, structureById, tenderPointSites } from '../shared/anatomy';
import type { CallInput } from '../shared/api/contract';
import type { ModelPoint } from '../shared/domain/plan/region';
import { test, type Clinic } from './support/fixtures';
import { hostClient } from '../electron/test-support/host-client';

/** Software WebGL builds the model once per canvas; the wait ends as soon as each says it is ready. */
const MODEL_READY_TIMEOUT_MS = 120_000;

/** A finding's anchor at one of the ACR sites, on the muscle the atlas puts there. */
function anchorAt(siteId: string) {
  const site = tenderPointSites().find((candidate) => candidate.id === siteId)!;
  const normal: ModelPoint = site.point[2] >= 0 ? [0, 0, 1] : [0, 0, -1];
  return {
    structureId: site.structureId,
    layer: structureById(site.structureId)!.layer,
    u: 0.5,
    v: 0.5,
    point: [...site.point] as ModelPoint,
    normal,
    atlasVersion: ATLAS_VERSION,
  };
}

/** Last session's three point findings and one painted pain area. */
const LAST_SESSION_POINTS = 3;

/**
 * One client with two sessions: last week's, with two trigger points, an adhesion and a pain area
 * on the low back; and today's, with one trigger point on the other side.
 */
async function twoSessions(clinic: Clinic) {
  const { call } = hostClient(clinic.host);
  const client = await call('clients.create', {
    givenName: 'Ingrid',
    familyName: 'Halvorsen',
    dateOfBirth: '1978-03-14',
  });
  const lastWeek = clinic.clock.day(-7);
  const last = await call('sessions.create', {
    clientId: client.id,
    startsAt: `${lastWeek}T10:00`,
    plannedMinutes: 60,
  });
  const today = await call('sessions.create', {
    clientId: client.id,
    startsAt: clinic.clock.localDateTime(1),
    plannedMinutes: 60,
  });
  const lastFindings: CallInput<'findings.create'>['body'][] = [
    { kind: 'trigger_point', anchor: anchorAt('tp_trapezius_L'), state: 'active' },
    { kind: 'trigger_point', anchor: anchorAt('tp_gluteal_L'), state: 'latent' },
    {
      kind: 'adhesion',
      anchor: anchorAt('tp_supraspinatus_R'),
      depth: 'deep_fascia',
      direction: [0, 1, 0],
      severity: 'moderate',
    },
    {
      kind: 'pain_area',
      region: {
        strokes: [
          {
            mode: 'paint',
            radiusCm: 4,
            stamps: Array.from({ length: 8 }, (_, i): ModelPoint => [6, 100 + i * 2, 12]),
          },
        ],
      },
      intensity: 6,
      quality: 'aching',
    },
  ];
  for (const body of lastFindings) await call('findings.create', { sessionId: last.id, body });
  await call('findings.create', {
    sessionId: today.id,
    body: { kind: 'trigger_point', anchor: anchorAt('tp_trapezius_R'), state: 'active' },
  });
  return { last, today, lastWeek };
}

async function openPlan(clinic: Clinic, page: Page, sessionId: string) {
  await page.setViewportSize({ width: 1440, height: 900 });
  await clinic.open(`/sessions/${sessionId}/plan`, /^Session plan/);
  await expect(todayViewer(page)).toHaveAttribute('data-model-ready', 'true', {
    timeout: MODEL_READY_TIMEOUT_MS,
  });
}

function todayViewer(page: Page): Locator {
  return page.getByRole('region', { name: 'Body model: findings and treatment zones' });
}

function lastViewer(page: Page, date: string): Locator {
  return page.getByRole('region', { name: `Body model: last session, ${date}, read only` });
}

function compareMode(page: Page, mode: 'Off' | 'Overlay' | 'Side by side') {
  return page.getByRole('group', { name: 'Compare with last session' }).getByRole('button', { name: mode });
}

/** The symbols a viewer's batch draws, and how many of them in last session's look. */
async function drawnMarks(viewer: Locator) {
  const canvas = viewer.locator('canvas');
  await expect(canvas).toHaveAttribute('data-marks', /^\d+$/, { timeout: 60_000 });
  return {
    all: Number(await canvas.getAttribute('data-marks')),
    lastSession: Number(await canvas.getAttribute('data-marks-last-session')),
  };
}

/** A point of a viewer's canvas over the body, as fractions of its width and height. */
async function pointOn(viewer: Locator, fx: number, fy: number) {
  const box = (await viewer.locator('canvas').boundingBox())!;
  return { x: box.x + box.width * fx, y: box.y + box.height * fy };
}

/** Points over the client's right thigh in the anterior view, as shares of a viewer's box. */
const RIGHT_THIGH = [
  [0.4, 0.56],
  [0.37, 0.56],
  [0.38, 0.6],
  [0.41, 0.52],
  [0.36, 0.52],
] as const;

/**
 * A point of today's viewer where the trigger-point tool would place a mark: the status line names
 * a muscle there (the tool's own rule, so the click lands in the muscle, never over bone).
 */
async function muscleOn(page: Page, viewer: Locator): Promise<readonly [number, number]> {
  const status = page.getByRole('status', { name: 'Under the pointer' });
  for (const share of RIGHT_THIGH) {
    const at = await pointOn(viewer, share[0], share[1]);
    await page.mouse.move(at.x, at.y);
    const named = await expect(status)
      .toHaveText(/ muscle · /, { timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (named) return share;
  }
  throw new Error('No muscle of the right thigh is under any of the points tried');
}

/** A viewer's camera as it reports it (`data-camera`, JSON with its position, target and distance). */
async function cameraOf(viewer: Locator): Promise<string> {
  return (await viewer.getAttribute('data-camera')) ?? '';
}

/** How far a reported camera is from what it looks at: what a zoom changes. */
function distanceOf(camera: string): number {
  return (JSON.parse(camera) as { distance: number }).distance;
}

/**
 * Turns `lead` by dragging across its canvas, then zooms it with the wheel; after each, `follower`
 * reports the very same camera.
 */
async function orbitAndZoom(page: Page, lead: Locator, follower: Locator) {
  const linked = async () => {
    const camera = await cameraOf(lead);
    await expect(follower).toHaveAttribute('data-camera', camera);
    return camera;
  };
  const before = await linked();
  const from = await pointOn(lead, 0.5, 0.45);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 120, from.y + 30, { steps: 6 });
  await page.mouse.up();
  await expect(lead).not.toHaveAttribute('data-camera', before);
  const turned = await linked();
  await page.mouse.wheel(0, -400);
  await expect.poll(async () => distanceOf(await cameraOf(lead))).toBeLessThan(distanceOf(turned) - 1);
  await linked();
}

test('overlaid, last session’s marks are drawn hollow and muted in the same batch, with their own dated legend entry; today’s are unchanged @clock', async ({
  page,
  clinic,
}) => {
  test.setTimeout(300_000);
  const { today, lastWeek } = await twoSessions(clinic);
  await openPlan(clinic, page, today.id);
  const legend = page.getByRole('list', { name: 'Legend' });
  const legendEntry = legend.getByText(`Last session, ${lastWeek}`);

  await expect(compareMode(page, 'Off')).toHaveAttribute('aria-pressed', 'true');
  const alone = await drawnMarks(todayViewer(page));
  expect(alone.lastSession).toBe(0);
  await expect(legendEntry).toHaveCount(0);

  await compareMode(page, 'Overlay').click();
  await expect(todayViewer(page).locator('canvas')).toHaveAttribute(
    'data-marks-last-session',
    String(LAST_SESSION_POINTS),
  );
  // Today's symbols are all still there, and only last session's are in its look.
  expect(await drawnMarks(todayViewer(page))).toEqual({
    all: alone.all + LAST_SESSION_POINTS,
    lastSession: LAST_SESSION_POINTS,
  });
  await expect(legendEntry).toBeVisible();

  await compareMode(page, 'Off').click();
  await expect(todayViewer(page).locator('canvas')).toHaveAttribute('data-marks-last-session', '0');
  await expect(legendEntry).toHaveCount(0);
});

test('side by side, last session stands read-only to the left of today’s model, and the two cameras move together both ways @clock', async ({
  page,
  clinic,
}) => {
  test.setTimeout(400_000);
  const { last, today, lastWeek } = await twoSessions(clinic);
  const { call } = hostClient(clinic.host);
  await openPlan(clinic, page, today.id);
  const alone = await drawnMarks(todayViewer(page));

  await compareMode(page, 'Side by side').click();
  const left = lastViewer(page, lastWeek);
  const right = todayViewer(page);
  await expect(left).toHaveAttribute('data-model-ready', 'true', { timeout: MODEL_READY_TIMEOUT_MS });
  await expect(page.locator('[data-model-ready]')).toHaveCount(2);
  await expect(page.getByText(`Last session, ${lastWeek} · read only`)).toBeVisible();
  const [leftBox, rightBox] = [await left.boundingBox(), await right.boundingBox()];
  expect(leftBox!.x + leftBox!.width).toBeLessThanOrEqual(rightBox!.x);
  // The left draws last session's own findings as they were: today's one is not among them.
  expect(await drawnMarks(left)).toEqual({ all: alone.all - 1 + LAST_SESSION_POINTS, lastSession: 0 });
  expect(await drawnMarks(right)).toEqual(alone);

  // Read-only: the trigger-point tool's click on the left adds nothing anywhere; the same click on
  // the right (the cameras are the same) adds today's second trigger point.
  await page.keyboard.press('t');
  const thigh = await muscleOn(page, right);
  const onLeft = await pointOn(left, thigh[0], thigh[1]);
  await page.mouse.click(onLeft.x, onLeft.y);
  const onRight = await pointOn(right, thigh[0], thigh[1]);
  await page.mouse.click(onRight.x, onRight.y);
  await expect(right.locator('canvas')).toHaveAttribute('data-marks', String(alone.all + 1), {
    timeout: 60_000,
  });
  expect((await call('plan.get', { sessionId: today.id })).findings).toHaveLength(2);
  expect((await call('plan.get', { sessionId: last.id })).findings).toHaveLength(4);
  await page.keyboard.press('v');

  // Linked: both start at today's camera, and whichever is turned and zoomed, the other follows.
  await orbitAndZoom(page, right, left);
  await orbitAndZoom(page, left, right);

  await compareMode(page, 'Off').click();
  await expect(page.locator('[data-model-ready]')).toHaveCount(1);
});
