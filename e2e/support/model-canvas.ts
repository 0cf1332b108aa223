import { expect, type Locator, type Page } from '@playwright/test';

/** The body viewer's wrapper, which reports readiness and counts its frames in data attributes. */
export function bodyViewer(page: Page): Locator {
  return page.locator('[data-model-ready]').first();
}

export async function waitForModel(page: Page): Promise<Locator> {
  const viewer = bodyViewer(page);
  await expect(viewer).toHaveAttribute('data-model-ready', 'true', { timeout: 60_000 });
  return viewer;
}

export async function framesOf(viewer: Locator): Promise<number> {
  return Number(await viewer.getAttribute('data-frames'));
}

/**
 * Does something that should redraw the model and waits for the new frame: the frame count is
 * read before acting, so a frame drawn quickly cannot be missed.
 */
export async function afterNextFrame(viewer: Locator, action: () => Promise<void>): Promise<void> {
  const before = await framesOf(viewer);
  await action();
  await expect.poll(() => framesOf(viewer), { timeout: 30_000 }).toBeGreaterThan(before);
}

/** A point of the canvas given as fractions of its width and height from the top left. */
export async function canvasPoint(
  viewer: Locator,
  fx: number,
  fy: number,
): Promise<{ x: number; y: number }> {
  const box = await viewer.locator('canvas').boundingBox();
  if (!box) throw new Error('The model canvas has no box');
  return { x: box.x + box.width * fx, y: box.y + box.height * fy };
}
