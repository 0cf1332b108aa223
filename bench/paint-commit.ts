import type { BrowserContext } from '@playwright/test';
import { hostClient } from '../electron/test-support/host-client';
import { screenPointOf } from '../e2e/support/body-screen';
import { along, mouseStroke } from '../e2e/support/brush';
import { frameAfter, framesOf } from '../e2e/support/draw-calls';
import type { RunningHost } from '../e2e/support/host';
import { median, medianMs } from './measure';

/** Strokes across the client's back from behind, a hand's breadth apart so each adds new skin. */
const STROKE_HEIGHTS_CM = [100, 106, 112, 118, 124, 130, 136, 142];
const HALF_WIDTH_CM = 14;
const BACK_Z_CM = -13;
/**
 * Pointer moves per stroke. Each one waits for the page to handle it, and in software WebGL each
 * live-stroke frame takes a while, so the strokes are shorter than a therapist's.
 */
const MOVES = 30;

declare global {
  interface Window {
    /** Set by the bench before a stroke: resolves with pointer-up to the stroke saved and drawn, ms. */
    paintCommitted?: Promise<number>;
  }
}

/**
 * Arms the page to time the next stroke: from its pointer-up (seen first, in the window's capture
 * phase) until both have happened: main has saved it and the plan has come back with it (its pain
 * extent, measured from the saved regions, changes), and a frame has been drawn since the pointer
 * went up (the stroke is drawn at once, before the save answers, so no frame need follow the
 * save). Sent as source text: the bench's TypeScript loader would add helpers of its own to a
 * function, which the page lacks; `void`, since `page.evaluate` would otherwise wait for the promise
 * it is handed, which only the stroke it has not yet let happen can settle.
 */
const STOPWATCH = `void (window.paintCommitted = new Promise((resolve) => {
  const extent = () => document.querySelector('[data-testid="pain-extent"]')?.textContent;
  const frames = () => Number(document.querySelector('[data-model-ready]')?.getAttribute('data-frames'));
  addEventListener('pointerup', () => {
    const up = performance.now();
    const before = extent();
    const framesAtUp = frames();
    const watch = () => {
      if (extent() !== before && frames() > framesAtUp) resolve(performance.now() - up);
      else requestAnimationFrame(watch);
    };
    watch();
  }, { capture: true, once: true });
}))`;

/**
 * `paint_commit_ms`: a pain area painted with the mouse across the back of a new session, pointer-up
 * until saved and drawn, the median over the strokes after the first. Baseline: the bare save of the
 * same stroke's finding (`findings.update` through the host's HTTP bridge, as the page calls it).
 */
export async function paintCommit(
  context: BrowserContext,
  host: RunningHost,
  strokes: number,
): Promise<{ ms: number; baselineMs: number; stamps: number }> {
  const api = hostClient(host);
  const client = await api.call('clients.create', {
    givenName: 'Brush',
    familyName: 'Bench',
    dateOfBirth: '1980-01-01',
  });
  const session = await api.call('sessions.create', {
    clientId: client.id,
    startsAt: '2026-11-20T10:00',
    plannedMinutes: 60,
  });
  const page = await context.newPage();
  try {
    const address = new URL(host.url);
    address.hash = `/sessions/${session.id}/plan`;
    await page.goto(address.href);
    await page.locator('[data-model-ready="true"]').waitFor({ state: 'attached', timeout: 120_000 });
    await page.getByTestId('pain-extent').waitFor({ timeout: 120_000 });
    const frames = await framesOf(page);
    await page.getByRole('button', { name: /^Posterior/ }).click();
    await frameAfter(page, frames);
    await page.keyboard.press('p');
    const samples: number[] = [];
    for (const height of STROKE_HEIGHTS_CM.slice(0, strokes + 1)) {
      const from = await screenPointOf(page, [-HALF_WIDTH_CM, height, BACK_Z_CM], 'posterior');
      const to = await screenPointOf(page, [HALF_WIDTH_CM, height, BACK_Z_CM], 'posterior');
      await page.evaluate(STOPWATCH);
      await mouseStroke(page, along(from, to, MOVES));
      samples.push(await page.evaluate(() => window.paintCommitted!));
    }
    const plan = await api.call('plan.get', { sessionId: session.id });
    const painted = plan.findings.find((finding) => finding.body.kind === 'pain_area')!;
    // The same save the stroke made, alone: one call through the host, as the page makes it.
    const saveMs = await medianMs(
      () => api.call('findings.update', { id: painted.id, body: painted.body }),
      strokes,
      1,
    );
    const stamps =
      painted.body.kind === 'pain_area' ? painted.body.region.strokes.map((s) => s.stamps.length) : [];
    return { ms: median(samples.slice(1)), baselineMs: saveMs, stamps: median(stamps) };
  } finally {
    await page.close();
  }
}
