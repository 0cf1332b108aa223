import type { Page } from '@playwright/test';

/** The body viewer, which counts the frames it renders on `data-frames`. */
const VIEWER = '[data-frames]';

/** Counts every WebGL draw call the page makes, installed before any of the app's scripts run. */
const COUNT_DRAW_CALLS = `(() => {
  let draws = 0;
  for (const context of [WebGLRenderingContext, WebGL2RenderingContext]) {
    for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements']) {
      const original = context.prototype[name];
      if (typeof original !== 'function') continue;
      context.prototype[name] = function (...args) { draws += 1; return original.apply(this, args); };
    }
  }
  Object.defineProperty(window, 'fasciamapDrawCalls', { get: () => draws });
})();`;

/** Call before the page loads: from then on its draw calls are counted. */
export async function countDrawCalls(page: Page): Promise<void> {
  await page.addInitScript({ content: COUNT_DRAW_CALLS });
}

export async function framesOf(page: Page): Promise<number> {
  return Number(await page.locator(VIEWER).first().getAttribute('data-frames'));
}

async function drawCallsOf(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { fasciamapDrawCalls: number }).fasciamapDrawCalls);
}

/** Resolves once the viewer has rendered more than `frames` frames. */
export async function frameAfter(page: Page, frames: number): Promise<void> {
  await page.waitForFunction(
    ({ selector, seen }) => Number(document.querySelector(selector)?.getAttribute('data-frames')) > seen,
    { selector: VIEWER, seen: frames },
    { timeout: 120_000 },
  );
}

/**
 * Waits until no frame has been rendered for half a second (the scene has caught up with the data),
 * or gives up after `limitMs`: a viewer that renders all the time never settles.
 */
export async function settled(page: Page, limitMs = 15_000): Promise<number> {
  const giveUp = performance.now() + limitMs;
  let frames = await framesOf(page);
  while (performance.now() < giveUp) {
    await page.waitForTimeout(500);
    const now = await framesOf(page);
    if (now === frames) return frames;
    frames = now;
  }
  return frames;
}

/**
 * The draw calls of one frame of a settled viewer: counted over the frames a one-pixel resize
 * forces, so nothing but redrawing the same scene is in the count.
 */
export async function drawCallsPerFrame(page: Page, viewport: { width: number; height: number }) {
  const frames = await settled(page);
  const draws = await drawCallsOf(page);
  await page.setViewportSize({ width: viewport.width, height: viewport.height + 1 });
  await frameAfter(page, frames);
  const after = await settled(page);
  return ((await drawCallsOf(page)) - draws) / (after - frames);
}
