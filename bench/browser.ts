import { copyFileSync, cpSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { DATABASE_FILE } from '../electron/core/data-dir';
import { hostClient } from '../electron/test-support/host-client';
import { tempFolder } from '../electron/test-support/temp-db';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/support/chromium';
import { startHost, type RunningHost } from '../e2e/support/host';
import { countDrawCalls, drawCallsPerFrame, framesOf, settled } from '../e2e/support/draw-calls';
import { sessionPdf } from '../e2e/support/print';
import { unlockAsTestTherapist } from '../e2e/support/profile';
import { PRINTED_SESSION, type BenchClinic } from './clinic';
import { figure, median, medianMs, type Figure } from './measure';
import { paintCommit } from './paint-commit';

export interface BrowserRuns {
  /** Page loads, model mounts and printouts: each takes seconds in software WebGL. */
  loads: number;
}

/** What the browser half produced, and why a figure is missing if one is. */
export interface BrowserResult {
  figures: Figure[];
  missing: { name: string; reason: string }[];
}

const ROOT = resolve(import.meta.dirname, '..');
const VIEWPORT = { width: 1280, height: 800 };
const IDLE_MS = 2_000;

async function modelReady(page: Page): Promise<void> {
  await page.locator('[data-model-ready="true"]').first().waitFor({ state: 'attached', timeout: 120_000 });
}

function routeUrl(host: RunningHost, route: string): string {
  const address = new URL(host.url);
  address.hash = route;
  return address.href;
}

/**
 * Opening the app's URL in a fresh browser context until the model's first rendered frame: the
 * frame that has the whole model in it, since the viewer now draws before the model asset is read.
 */
async function firstView(browser: Browser, host: RunningHost, route: string): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const start = performance.now();
    await page.goto(routeUrl(host, route));
    await modelReady(page);
    return performance.now() - start;
  } finally {
    await context.close();
  }
}

/** From mounting the viewer (the app already open elsewhere) until the whole model is pickable. */
async function modelMount(
  context: BrowserContext,
  host: RunningHost,
  route: string,
): Promise<{ ms: number; idle: number; display: number }> {
  const page = await context.newPage();
  try {
    await page.goto(routeUrl(host, '/today'));
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    const start = performance.now();
    await page.evaluate((hash) => (location.hash = hash), `#${route}`);
    await modelReady(page);
    const ms = performance.now() - start;
    // Idle once the marking view has done what it does after the model (the skin, then the marks).
    await page.getByTestId('pain-extent').waitFor({ timeout: 120_000 });
    const before = await settled(page);
    await page.waitForTimeout(IDLE_MS);
    const idle = (await framesOf(page)) - before;
    return { ms, idle, display: await displayFrames(page) };
  } finally {
    await page.close();
  }
}

/** The frames the display offers a page in the idle time: what a viewer drawing every frame would draw. */
function displayFrames(page: Page): Promise<number> {
  return page.evaluate(
    (ms) =>
      new Promise<number>((resolve) => {
        let frames = 0;
        const end = performance.now() + ms;
        const tick = () => {
          frames += 1;
          if (performance.now() < end) requestAnimationFrame(tick);
          else resolve(frames);
        };
        requestAnimationFrame(tick);
      }),
    IDLE_MS,
  );
}

/**
 * Draw calls of one frame of the marking view with the marked session's findings shown, at the
 * standard anterior view: the calls counted over frames forced by a one-pixel resize.
 */
async function drawCalls(context: BrowserContext, host: RunningHost, sessionId: string, findings: number) {
  const page = await context.newPage();
  try {
    await countDrawCalls(page);
    await page.goto(routeUrl(host, `/sessions/${sessionId}/plan`));
    await modelReady(page);
    if (findings > 0) {
      await page
        .locator('.plan-items .plan-item')
        .nth(findings - 1)
        .waitFor({ timeout: 120_000 });
    }
    // The marks are drawn on the measured skin: its pain extent shows once the skin is built.
    await page.getByTestId('pain-extent').waitFor({ timeout: 120_000 });
    return await drawCallsPerFrame(page, { width: VIEWPORT.width, height: VIEWPORT.height });
  } finally {
    await page.close();
  }
}

/**
 * The page's memory after a full garbage collection, in MB, as DevTools reports it: the JavaScript
 * heap, the DOM's heap and the array buffers behind the model's geometry.
 */
async function heapMb(page: Page): Promise<number> {
  const devtools = await page.context().newCDPSession(page);
  try {
    await devtools.send('HeapProfiler.collectGarbage');
    const heap = await devtools.send('Runtime.getHeapUsage');
    return (heap.usedSize + heap.embedderHeapUsedSize + heap.backingStorageSize) / 2 ** 20;
  } finally {
    await devtools.detach();
  }
}

/** The heap with a route open and drawn: the marking view once its marks are on the skin, Today once listed. */
async function heapWith(context: BrowserContext, host: RunningHost, route: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(routeUrl(host, route));
    if (route.endsWith('/plan')) {
      await modelReady(page);
      await page.getByTestId('pain-extent').waitFor({ timeout: 120_000 });
      await settled(page);
    } else {
      await page.locator('.screen__date').waitFor({ timeout: 60_000 });
    }
    return await heapMb(page);
  } finally {
    await page.close();
  }
}

/** Why a figure is missing: the first line of what failed, and the usual cure. */
function failure(error: unknown): string {
  const message = (error as Error).message.split('\n')[0];
  return `the browser run failed (${message}); rebuild with \`npx electron-vite build\` and rerun`;
}

/**
 * Each browser figure in turn, on the running host; one that fails is left out with its reason and
 * the others still run.
 */
async function measureInBrowser(
  browser: Browser,
  host: RunningHost,
  clinic: BenchClinic,
  runs: BrowserRuns,
): Promise<BrowserResult> {
  const result: BrowserResult = { figures: [], missing: [] };
  const attempt = async (names: string[], work: () => Promise<Figure[]>) => {
    try {
      result.figures.push(...(await work()));
    } catch (error) {
      result.missing.push(...names.map((name) => ({ name, reason: failure(error) })));
    }
  };
  // The model as a therapist first sees it: a session opened for marking.
  const route = `/sessions/${clinic.typicalSessionId}/plan`;
  const context = await browser.newContext({ viewport: VIEWPORT });
  await attempt(['first_view_ms'], async () => [
    figure(
      'first_view_ms',
      await medianMs(() => firstView(browser, host, route), runs.loads, 1),
      'ms',
      "the app's URL (a session's marking view) opened in Chromium until the first frame with the whole model; baseline the same app opened on Today",
      await medianMs(() => shellReady(browser, host), runs.loads, 1),
    ),
  ]);
  await attempt(['model_ready_ms', 'idle_renders'], async () => {
    const mounts = [];
    for (let run = 0; run < runs.loads; run++) mounts.push(await modelMount(context, host, route));
    return [
      figure(
        'model_ready_ms',
        median(mounts.map((mount) => mount.ms)),
        'ms',
        'the viewer mounted until the whole model, fascia envelope included, is pickable',
      ),
      figure(
        'idle_renders',
        median(mounts.map((mount) => mount.idle)),
        'frames',
        `frames rendered in ${IDLE_MS / 1000} idle seconds once the marking view has settled; baseline the frames the display offered meanwhile`,
        median(mounts.map((mount) => mount.display)),
      ),
    ];
  });
  const findings = clinic.size.markedSessionFindings;
  await attempt(['draw_calls'], async () => {
    const unmarked = await hostClient(host).call('sessions.create', {
      clientId: clinic.chartClientId,
      startsAt: '2026-12-01T09:00',
      plannedMinutes: 60,
    });
    return [
      figure(
        'draw_calls',
        await drawCalls(context, host, clinic.markedSessionId, findings),
        'calls',
        `WebGL draw calls of one frame, anterior view, ${findings} findings shown; baseline the body with none`,
        await drawCalls(context, host, unmarked.id, 0),
      ),
    ];
  });
  await attempt(['renderer_heap_mb'], async () => [
    figure(
      'renderer_heap_mb',
      await heapWith(context, host, `/sessions/${clinic.markedSessionId}/plan`),
      'MB',
      `the renderer's heap and array buffers after a collection, a session with ${findings} findings open for marking; baseline the Today screen`,
      await heapWith(context, host, '/today'),
    ),
  ]);
  await attempt(['paint_commit_ms'], async () => {
    const paint = await paintCommit(context, host, Math.max(runs.loads, 3));
    return [
      figure(
        'paint_commit_ms',
        paint.ms,
        'ms',
        `a ${paint.stamps}-stamp, 3 cm pain stroke from pointer-up until saved and drawn; baseline the bare save of the same finding from the page`,
        paint.baselineMs,
      ),
    ];
  });
  await attempt(['pdf_ms'], async () => {
    // Alternating, so both see the same machine: the real printout, then its static peer.
    const printed = await pairedMedians(
      () => printedSummary(context, host, clinic.printedSessionId, false),
      () => printedSummary(context, host, clinic.printedSessionId, true),
      runs.loads,
    );
    return [
      figure(
        'pdf_ms',
        printed.first,
        'ms',
        `a ${PRINTED_SESSION.zones}-zone session summary's print route opened until its PDF is finished; baseline pdf_static_ms, the same printout with blank pictures of the same sizes in place of the snapshots`,
        printed.second,
      ),
    ];
  });
  await context.close();
  return result;
}

/**
 * A summary with its outcome scores, printed from a new page as Electron's print window would;
 * with `staticSnapshots`, with blank pictures for its snapshots (the printouts' bench-only switch,
 * `window.fasciamapStaticSnapshots`), which leaves out the model and its rendering.
 */
async function printedSummary(
  context: BrowserContext,
  host: RunningHost,
  sessionId: string,
  staticSnapshots: boolean,
): Promise<void> {
  const page = await context.newPage();
  try {
    if (staticSnapshots) {
      await page.addInitScript(() => Object.assign(window, { fasciamapStaticSnapshots: true }));
    }
    await sessionPdf(page, host.url, { sessionId, sheet: 'summary', includeScores: true });
  } finally {
    await page.close();
  }
}

/** Medians of two pieces of work run in turns, after one warm-up of each. */
async function pairedMedians(
  first: () => Promise<unknown>,
  second: () => Promise<unknown>,
  runs: number,
): Promise<{ first: number; second: number }> {
  const timed = async (work: () => Promise<unknown>) => {
    const start = performance.now();
    await work();
    return performance.now() - start;
  };
  await first();
  await second();
  const samples = { first: [] as number[], second: [] as number[] };
  for (let i = 0; i < runs; i++) {
    samples.first.push(await timed(first));
    samples.second.push(await timed(second));
  }
  return { first: median(samples.first), second: median(samples.second) };
}

/** Why every one of `names` is missing, when the browser cannot run at all; null when it can. */
function cannotRun(): string | null {
  if (!existsSync(join(ROOT, 'out/renderer/index.html'))) {
    return 'the renderer is not built: run `npx electron-vite build` first';
  }
  if (!chromiumExecutable()) return 'no Chromium found (set FASCIAMAP_CHROMIUM)';
  return null;
}

/**
 * Runs `work` in Chromium with software WebGL (SwiftShader), as the end-to-end tests run it, on
 * the real browser host over a copy of the clinic, unlocked as the test therapist.
 */
async function onHostedCopy<T>(
  clinic: BenchClinic,
  work: (browser: Browser, host: RunningHost) => Promise<T>,
): Promise<T> {
  const folder = tempFolder('fasciamap-bench-browser-');
  copyFileSync(clinic.file, join(folder.path, DATABASE_FILE));
  // A copy of the built renderer: others rebuilding out/ during the run would break the pages.
  const renderer = join(folder.path, 'renderer');
  cpSync(join(ROOT, 'out/renderer'), renderer, { recursive: true });
  const host = await startHost(folder.path, { rendererDir: renderer });
  const browser = await chromium.launch({ executablePath: chromiumExecutable()!, args: CHROMIUM_ARGS });
  try {
    await unlockAsTestTherapist(host);
    return await work(browser, host);
  } finally {
    await browser.close();
    await host.stop();
    folder.remove();
  }
}

/** The figures only a browser can give, measured on the large clinic. */
export async function browserFigures(clinic: BenchClinic, runs: BrowserRuns): Promise<BrowserResult> {
  const names = [
    'first_view_ms',
    'model_ready_ms',
    'idle_renders',
    'draw_calls',
    'renderer_heap_mb',
    'paint_commit_ms',
    'pdf_ms',
  ];
  const reason = cannotRun();
  if (reason) return { figures: [], missing: names.map((name) => ({ name, reason })) };
  return onHostedCopy(clinic, (browser, host) => measureInBrowser(browser, host, clinic, runs));
}

/** Opening the app's URL in a fresh browser context until the Today screen shows the day. */
async function shellReady(browser: Browser, host: RunningHost): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const start = performance.now();
    await page.goto(routeUrl(host, '/today'));
    // The date is written once the day's overview has come back from main.
    await page.locator('.screen__date').waitFor({ timeout: 60_000 });
    return performance.now() - start;
  } finally {
    await context.close();
  }
}

/** `shell_ready_ms`: the app's first screen, which loads without the 3D and chart code. */
export async function shellFigure(clinic: BenchClinic, runs: BrowserRuns): Promise<BrowserResult> {
  const reason = cannotRun();
  if (reason) return { figures: [], missing: [{ name: 'shell_ready_ms', reason }] };
  try {
    const ms = await onHostedCopy(clinic, (browser, host) =>
      medianMs(() => shellReady(browser, host), runs.loads, 1),
    );
    const note = `the app's URL opened on Today, ${clinic.size.clients}-client clinic, until the day is shown`;
    return { figures: [figure('shell_ready_ms', ms, 'ms', note)], missing: [] };
  } catch (error) {
    return { figures: [], missing: [{ name: 'shell_ready_ms', reason: failure(error) }] };
  }
}
