import type { Page } from '@playwright/test';

type PagePoint = { x: number; y: number };

/** Points along the straight line from `from` to `to`, both ends included. */
export function along(from: PagePoint, to: PagePoint, steps: number): PagePoint[] {
  return Array.from({ length: steps + 1 }, (_, i) => ({
    x: from.x + ((to.x - from.x) * i) / steps,
    y: from.y + ((to.y - from.y) * i) / steps,
  }));
}

/** A drag with the mouse through the points, one move per point, as a therapist paints. */
export async function mouseStroke(page: Page, points: readonly PagePoint[]): Promise<void> {
  await page.mouse.move(points[0]!.x, points[0]!.y);
  await page.mouse.down();
  for (const point of points.slice(1)) await page.mouse.move(point.x, point.y);
  await page.mouse.up();
}

/**
 * The same drag with a pen pressed at `pressure` (0 to 1), as the pointer events a tablet's pen
 * sends: pointerType 'pen' with its pressure, dispatched on the model's canvas one per frame (the
 * brush takes one stamp a frame). They carry the mouse's pointer id, which is always active, so the
 * page can capture the pointer as it does for a real pen.
 */
export async function penStroke(page: Page, points: readonly PagePoint[], pressure: number): Promise<void> {
  const canvas = page.locator('[data-model-ready] canvas');
  const pen = { pointerId: 1, pointerType: 'pen', isPrimary: true, bubbles: true, composed: true };
  const send = async (type: string, { x, y }: PagePoint, down: boolean) => {
    await canvas.dispatchEvent(type, {
      ...pen,
      clientX: x,
      clientY: y,
      button: type === 'pointermove' ? -1 : 0,
      buttons: down ? 1 : 0,
      pressure: down ? pressure : 0,
    });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  };
  const [first, ...rest] = points;
  await send('pointerdown', first!, true);
  for (const point of rest) await send('pointermove', point, true);
  await send('pointerup', points.at(-1)!, false);
}
