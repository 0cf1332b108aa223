import type { Page } from '@playwright/test';

/**
 * Two-finger gestures, sent as the touchscreen sends them: Playwright's `page.touchscreen` taps
 * with one finger only, so these drive Chromium's touch input through the DevTools protocol. The
 * page's context needs `hasTouch: true`.
 */
type Point = { x: number; y: number };

async function gesture(page: Page, from: [Point, Point], to: [Point, Point], steps = 12): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const at = (t: number) =>
    from.map((start, id) => ({
      id,
      x: start.x + (to[id]!.x - start.x) * t,
      y: start.y + (to[id]!.y - start.y) * t,
    }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let step = 1; step <= steps; step++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step / steps) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Fingers either side of `centre`, moving from `fromGap` to `toGap` pixels apart. */
export function pinch(page: Page, centre: Point, fromGap: number, toGap: number): Promise<void> {
  const pair = (gap: number): [Point, Point] => [
    { x: centre.x - gap / 2, y: centre.y },
    { x: centre.x + gap / 2, y: centre.y },
  ];
  return gesture(page, pair(fromGap), pair(toGap));
}

/** Two fingers 80 px apart moving together by (dx, dy). */
export function twoFingerDrag(page: Page, start: Point, dx: number, dy: number): Promise<void> {
  const pair = (x: number, y: number): [Point, Point] => [
    { x: x - 40, y },
    { x: x + 40, y },
  ];
  return gesture(page, pair(start.x, start.y), pair(start.x + dx, start.y + dy));
}
