import type { Page } from '@playwright/test';
import type { Vec3 } from '../shared/anatomy';
import type { BrushStroke } from '../shared/domain/plan/region';
import { afterNextFrame, screenPointOf } from './support/body-screen';
import { along, mouseStroke, penStroke } from './support/brush';
import { queryClinic } from './support/database';
import { expect, test, type Clinic } from './support/fixtures';
import { openNewPlan } from './support/new-plan';

/** Across the client's back, from right to left over the lower ribs, and a hand higher. */
const LOW_ACROSS: [Vec3, Vec3] = [
  [-12, 118, -13],
  [12, 118, -13],
];
const HIGH_ACROSS: [Vec3, Vec3] = [
  [-12, 128, -13],
  [12, 128, -13],
];

/** The model, its skin and every stroke's frames in software WebGL: minutes on a busy machine. */
const PAINTING_TIMEOUT_MS = 240_000;

async function paintingOnTheBack(clinic: Clinic, page: Page) {
  test.setTimeout(PAINTING_TIMEOUT_MS);
  await openNewPlan(clinic, page, { givenName: 'Maya', familyName: 'Lind', dateOfBirth: '1975-05-02' });
  await afterNextFrame(page, () => page.getByRole('button', { name: /^Posterior/ }).click());
  await page.keyboard.press('p');
}

async function across(page: Page, [from, to]: [Vec3, Vec3]) {
  // A move every 2 cm: each one waits for a frame, slow in software WebGL.
  return along(await screenPointOf(page, from, 'posterior'), await screenPointOf(page, to, 'posterior'), 12);
}

function storedStrokes(clinic: Clinic): BrushStroke[] {
  const rows = queryClinic<{ body: string }>(
    clinic.dataDir,
    "SELECT body FROM findings WHERE kind = 'pain_area'",
  );
  return rows.flatMap(
    (row) => (JSON.parse(row.body) as { region: { strokes: BrushStroke[] } }).region.strokes,
  );
}

test('a stroke dragged across the back is saved as a pain area when the mouse lets go, and drawn on the skin', async ({
  page,
  clinic,
}) => {
  await paintingOnTheBack(clinic, page);
  await expect(page.getByTestId('pain-extent')).toHaveText(/^0 cm²/);
  await mouseStroke(page, await across(page, LOW_ACROSS));

  await expect(
    page.getByRole('complementary', { name: 'Plan and findings' }).getByText(/^Pain area/),
  ).toBeVisible();
  // The area measured on the skin is the saved stroke's, drawn where it was painted.
  await expect(page.getByTestId('pain-extent')).not.toHaveText(/^0 cm²/);
  const [stroke] = storedStrokes(clinic);
  expect(stroke!.stamps.length).toBeGreaterThan(5);
  expect(stroke!.radiusCm).toBe(3);
  // A mouse stamps at the brush's radius: the stroke carries no radius of its own per stamp.
  expect(stroke!.stampRadiiCm).toBeUndefined();
});

test('a pen paints with its pressure: a light stroke with small stamps, a hard one with large', async ({
  page,
  clinic,
}) => {
  await paintingOnTheBack(clinic, page);
  await penStroke(page, await across(page, LOW_ACROSS), 0.2);
  const list = page.getByRole('complementary', { name: 'Plan and findings' });
  await expect(list.getByText(/^Pain area/)).toBeVisible();
  await expect(page.getByTestId('pain-extent')).not.toHaveText(/^0 cm²/);
  const light = await page.getByTestId('pain-extent').textContent();
  await penStroke(page, await across(page, HIGH_ACROSS), 0.9);
  await expect(page.getByTestId('pain-extent')).not.toHaveText(light!);

  // The light stroke, then the hard one.
  const [first, second] = storedStrokes(clinic);
  expect(second).toBeDefined();
  // A brush of 3 cm: 0.4× of it at no pressure to 1.2× at full, so 1.68 cm at 0.2 and 3.36 cm at 0.9.
  expect(first!.stampRadiiCm!.length).toBe(first!.stamps.length);
  for (const radius of first!.stampRadiiCm!) expect(radius).toBeCloseTo(1.68, 1);
  for (const radius of second!.stampRadiiCm!) expect(radius).toBeCloseTo(3.36, 1);
});
