import { expect, type Locator, type Page } from '@playwright/test';
import { PerspectiveCamera, Vector3 } from 'three';
import type { Vec3 } from '../../shared/anatomy';
import { CAMERA_PRESETS, type ViewPresetId } from '../../renderer/src/scene/cameraPresets';

/**
 * Software WebGL on a machine busy with other work can take a while to build the whole model; the
 * wait ends as soon as the model says it is ready, so being generous costs nothing.
 */
const MODEL_READY_TIMEOUT_MS = 60_000;

/** The body model's canvas wrapper, which reports `data-model-ready` and `data-frames`. */
export function bodyViewer(page: Page): Locator {
  return page.locator('[data-model-ready]');
}

/** Waits for the whole model (fascia envelope included) to be drawn and pickable. */
export async function modelReady(page: Page): Promise<Locator> {
  const viewer = bodyViewer(page);
  await expect(viewer).toHaveAttribute('data-model-ready', 'true', { timeout: MODEL_READY_TIMEOUT_MS });
  return viewer;
}

async function framesDrawn(page: Page): Promise<number> {
  return Number(await bodyViewer(page).getAttribute('data-frames'));
}

/**
 * Runs `action`, which should redraw the model, and waits for the new frame: the count is read
 * before acting, so a frame drawn quickly cannot be missed.
 */
export async function afterNextFrame(page: Page, action: () => Promise<void>): Promise<void> {
  const before = await framesDrawn(page);
  await action();
  await expect.poll(() => framesDrawn(page), { timeout: 30_000 }).toBeGreaterThan(before);
}

export async function canvasBox(
  page: Page,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await bodyViewer(page).locator('canvas').boundingBox();
  if (!box) throw new Error('The model canvas has no box');
  return box;
}

/** A point of the canvas given as fractions of its width and height from the top left. */
export async function canvasPoint(page: Page, fx: number, fy: number): Promise<{ x: number; y: number }> {
  const box = await canvasBox(page);
  return { x: box.x + box.width * fx, y: box.y + box.height * fy };
}

/** Where a point of the body lands on the page with a standard view: the same camera the app sets. */
export async function screenPointOf(
  page: Page,
  point: Vec3,
  preset: ViewPresetId,
): Promise<{ x: number; y: number }> {
  const box = await canvasBox(page);
  const view = CAMERA_PRESETS[preset];
  const camera = new PerspectiveCamera(view.fov, box.width / box.height, 5, 2500);
  camera.up.set(...view.up);
  camera.position.set(...view.position);
  camera.lookAt(...view.target);
  camera.updateMatrixWorld();
  const ndc = new Vector3(...point).project(camera);
  return { x: box.x + ((ndc.x + 1) / 2) * box.width, y: box.y + ((1 - ndc.y) / 2) * box.height };
}

/**
 * The box, in canvas pixels, of everything drawn that is not the background: how big the body
 * is on screen and where. Read from a screenshot of the canvas, decoded in the page.
 */
export async function drawnExtent(
  page: Page,
): Promise<{ left: number; right: number; top: number; bottom: number; width: number; height: number }> {
  const png = await bodyViewer(page).locator('canvas').screenshot();
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    // sampled inside the rounded corners, which show the page behind the canvas
    const inset = 8;
    const corner = (inset * image.width + inset) * 4;
    const background = [data[corner]!, data[corner + 1]!, data[corner + 2]!];
    let [left, right, top, bottom] = [image.width, -1, image.height, -1];
    for (let y = inset; y < image.height - inset; y++)
      for (let x = inset; x < image.width - inset; x++) {
        const o = (y * image.width + x) * 4;
        const off =
          Math.abs(data[o]! - background[0]!) +
          Math.abs(data[o + 1]! - background[1]!) +
          Math.abs(data[o + 2]! - background[2]!);
        if (off <= 30) continue;
        [left, right, top, bottom] = [
          Math.min(left, x),
          Math.max(right, x),
          Math.min(top, y),
          Math.max(bottom, y),
        ];
      }
    return { left, right, top, bottom, width: right - left + 1, height: bottom - top + 1 };
  }, png.toString('base64'));
}
