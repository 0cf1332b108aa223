import { expect, type Locator, type Page } from '@playwright/test';
import { PerspectiveCamera, Vector3 } from 'three';
import type { Vec3 } from '../../shared/anatomy';
import { CAMERA_PRESETS, type ViewPresetId } from '../../renderer/src/scene/cameraPresets';

/** The body model's canvas wrapper, which reports `data-model-ready` and `data-frames`. */
export function bodyViewer(page: Page): Locator {
  return page.locator('[data-model-ready]');
}

/** Waits for the whole model (fascia envelope included) to be drawn and pickable. */
export async function modelReady(page: Page): Promise<void> {
  await expect(bodyViewer(page)).toHaveAttribute('data-model-ready', 'true', { timeout: 120_000 });
}

/** Runs `action` and waits until the canvas has drawn at least one more frame. */
export async function afterNextFrame(page: Page, action: () => Promise<void>): Promise<void> {
  const before = Number(await bodyViewer(page).getAttribute('data-frames'));
  await action();
  await expect
    .poll(async () => Number(await bodyViewer(page).getAttribute('data-frames')))
    .toBeGreaterThan(before);
}

/** Where a point of the body lands on the page with a standard view: the same camera the app sets. */
export async function screenPointOf(
  page: Page,
  point: Vec3,
  preset: ViewPresetId,
): Promise<{ x: number; y: number }> {
  const box = (await bodyViewer(page).locator('canvas').boundingBox())!;
  const view = CAMERA_PRESETS[preset];
  const camera = new PerspectiveCamera(view.fov, box.width / box.height, 5, 2500);
  camera.up.set(...view.up);
  camera.position.set(...view.position);
  camera.lookAt(...view.target);
  camera.updateMatrixWorld();
  const ndc = new Vector3(...point).project(camera);
  return { x: box.x + ((ndc.x + 1) / 2) * box.width, y: box.y + ((1 - ndc.y) / 2) * box.height };
}
