import type { Page } from '@playwright/test';
import { sideWords, structureById, type Vec3 } from '../shared/anatomy';
import { afterNextFrame, canvasPoint, screenPointOf } from './support/body-screen';
import { alongRay, cameraState, onScreen } from './support/camera';
import { queryClinic } from './support/database';
import { expect, test, type Clinic } from './support/fixtures';
import { openNewPlan } from './support/new-plan';
import { pinch, twoFingerDrag } from './support/touch';

/** The gluteal tender-point site on the client's left buttock: in gluteus maximus, seen from behind. */
const LEFT_GLUTEAL: Vec3 = [12.6, 95.0, -12.0];
/** A point on the page may drift this far while the camera moves toward it, CSS pixels. */
const CURSOR_SLOP_PX = 3;

// Each test builds the whole model on software WebGL and sends pointer or touch input through the
// DevTools protocol, round trips that are slow on a busy machine; the waits end on state.
test.describe.configure({ timeout: 240_000 });

const openPlan = (clinic: Clinic, page: Page) =>
  openNewPlan(clinic, page, { givenName: 'Ingrid', familyName: 'Halvorsen', dateOfBirth: '1978-03-14' });

async function showPosterior(page: Page) {
  await afterNextFrame(page, () => page.getByRole('button', { name: /^Posterior/ }).click());
}

const statusLine = (page: Page) => page.getByRole('status', { name: 'Under the pointer' });
const hoverLabel = (page: Page) => page.getByTestId('hover-label');

/** The structures the placed findings of one kind are anchored on, oldest first. */
function anchoredOn(clinic: Clinic, kind: 'trigger_point' | 'adhesion'): string[] {
  return queryClinic<{ body: string }>(
    clinic.dataDir,
    'SELECT body FROM findings WHERE kind = ? ORDER BY rowid',
    kind,
  ).map((row) => (JSON.parse(row.body) as { anchor: { structureId: string } }).anchor.structureId);
}

/** "<name> · <layer> · <side>" for one atlas structure, the layer left open. */
function nameOf(structureId: string): RegExp {
  const structure = structureById(structureId)!;
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escape(structure.name)} · [a-z ]+ · ${escape(sideWords(structure.side))}$`);
}

test('while marking, the structure the tool would act on is named at the pointer and in the status line', async ({
  page,
  clinic,
}) => {
  await openPlan(clinic, page);
  await showPosterior(page);
  await page.keyboard.press('t');
  const buttock = await screenPointOf(page, LEFT_GLUTEAL, 'posterior');
  await page.mouse.move(buttock.x, buttock.y);
  await expect(statusLine(page)).toHaveText("Gluteus maximus · superficial muscle · client's left");
  await expect(hoverLabel(page)).toHaveText("Gluteus maximus · superficial muscle · client's left");
  // beside the pointer, below and to the right of it
  const label = (await hoverLabel(page).boundingBox())!;
  expect(label.x - buttock.x).toBeGreaterThan(0);
  expect(label.x - buttock.x).toBeLessThan(40);
  expect(label.y - buttock.y).toBeGreaterThan(0);
  expect(label.y - buttock.y).toBeLessThan(40);

  // The viewer's own pick at that pixel, as the tool uses it: the trigger point lands on what was named.
  await page.mouse.click(buttock.x, buttock.y);
  await expect.poll(() => anchoredOn(clinic, 'trigger_point')).toHaveLength(1);
  await expect(statusLine(page)).toHaveText(nameOf(anchoredOn(clinic, 'trigger_point')[0]!));

  // An adhesion goes on the surface: with its tool the name changes at once, without moving.
  await page.keyboard.press('a');
  await expect(statusLine(page)).toHaveText(/ · (superficial|deep) fascia · /);
  await expect(hoverLabel(page)).toHaveText(/ · (superficial|deep) fascia · /);
  await page.mouse.click(buttock.x, buttock.y);
  await expect.poll(() => anchoredOn(clinic, 'adhesion')).toHaveLength(1);
  await expect(statusLine(page)).toHaveText(nameOf(anchoredOn(clinic, 'adhesion')[0]!));

  await page.mouse.move(5, 5);
  await expect(hoverLabel(page)).toHaveCount(0);
  await expect(statusLine(page)).toHaveText(/^Point at the model/);
});

test('the scroll wheel zooms toward the cursor: what is under it stays under it', async ({
  page,
  clinic,
}) => {
  await openPlan(clinic, page);
  // the client's left thigh, well away from the centre of the anterior view
  const thigh = await canvasPoint(page, 0.56, 0.62);
  await page.mouse.move(thigh.x, thigh.y);
  await expect(statusLine(page)).toHaveText(/client's left$/);
  const named = await statusLine(page).textContent();
  const before = await cameraState(page);

  for (let step = 0; step < 4; step++) await afterNextFrame(page, () => page.mouse.wheel(0, -300));
  const after = await cameraState(page);
  expect(after.distance).toBeLessThan(before.distance * 0.8);
  // the camera moved along the ray under the cursor: every point on it is still under the cursor
  for (const depth of [before.distance * 0.6, before.distance, before.distance * 1.2]) {
    const point = await onScreen(page, after, await alongRay(page, before, thigh, depth));
    expect(Math.hypot(point.x - thigh.x, point.y - thigh.y)).toBeLessThan(CURSOR_SLOP_PX);
  }
  await page.mouse.move(thigh.x + 1, thigh.y);
  await expect(statusLine(page)).toHaveText(named!);
});

test('a double click frames the structure under it, and places no mark', async ({ page, clinic }) => {
  await openPlan(clinic, page);
  await showPosterior(page);
  await page.keyboard.press('t');
  const buttock = await screenPointOf(page, LEFT_GLUTEAL, 'posterior');
  const before = await cameraState(page);

  await afterNextFrame(page, () => page.mouse.dblclick(buttock.x, buttock.y));
  await expect.poll(async () => (await cameraState(page)).distance).toBeLessThan(before.distance * 0.8);
  const centre = await canvasPoint(page, 0.5, 0.5);
  await page.mouse.move(centre.x, centre.y);
  await expect(statusLine(page)).toHaveText("Gluteus maximus · superficial muscle · client's left");

  // A single click afterwards places its trigger point; had the double click placed one, it would
  // have been saved first.
  await page.mouse.click(centre.x, centre.y);
  await expect.poll(() => anchoredOn(clinic, 'trigger_point')).toEqual(['gluteus_maximus_L']);
});

test('with keyboard focus, + zooms and the focus ring names the structure at the centre of the view', async ({
  page,
  clinic,
}) => {
  await openPlan(clinic, page);
  await showPosterior(page);
  // framed by a double click, the left buttock is at the centre of the view
  const buttock = await screenPointOf(page, LEFT_GLUTEAL, 'posterior');
  await afterNextFrame(page, () => page.mouse.dblclick(buttock.x, buttock.y));
  // someone working from the keyboard alone: the pointer is away from the model
  await page.mouse.move(5, 5);
  await expect(statusLine(page)).toHaveText(/^Point at the model/);
  const canvas = page.getByRole('region', { name: /^Body model: findings/ }).locator('canvas');
  await canvas.focus();
  const before = await cameraState(page);
  await afterNextFrame(page, () => canvas.press('+'));
  expect((await cameraState(page)).distance).toBeLessThan(before.distance);
  const centred = "Gluteus maximus · superficial muscle · client's left";
  await expect(statusLine(page)).toHaveText(centred);
  await expect(hoverLabel(page)).toHaveText(centred);
  await expect(hoverLabel(page)).toHaveClass(/hover-label--centre/);
  const label = (await hoverLabel(page).boundingBox())!;
  const centre = await canvasPoint(page, 0.5, 0.5);
  expect(Math.abs(label.x + label.width / 2 - centre.x)).toBeLessThan(2);

  // the pointer takes over again as it moves
  await page.mouse.move(centre.x, centre.y);
  await expect(hoverLabel(page)).not.toHaveClass(/hover-label--centre/);
  await expect(statusLine(page)).toHaveText(centred);
});

test.describe('on a touchscreen', () => {
  test.use({ hasTouch: true });

  test('two fingers pinch to zoom and move together to pan', async ({ page, clinic }) => {
    await openPlan(clinic, page);
    const centre = await canvasPoint(page, 0.5, 0.5);
    const start = await cameraState(page);

    await afterNextFrame(page, () => pinch(page, centre, 100, 220));
    const zoomed = await cameraState(page);
    expect(zoomed.distance).toBeLessThan(start.distance * 0.8);

    await afterNextFrame(page, () => twoFingerDrag(page, centre, 150, 0));
    const panned = await cameraState(page);
    const moved = Math.hypot(...panned.target.map((value, i) => value - zoomed.target[i]!));
    expect(moved).toBeGreaterThan(5);
    expect(panned.distance).toBeGreaterThan(zoomed.distance * 0.9);
    expect(panned.distance).toBeLessThan(zoomed.distance * 1.1);
  });
});
