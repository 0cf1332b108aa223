import type { ChildProcess } from 'node:child_process';
import { describeRunning, type HostRecord } from '../core/host-file';
import { browserProfileDir, findChromium, hasDisplay, openAppWindow, profileInUse } from './app-window';
import { appVersion, BUILT_RENDERER, chosenDataDir } from './launch-options';
import type { BrowserHost } from './server';
import { startSoleHost } from './sole-host';

/** The browser to open the app window in, or why there is no window. */
type Window = { chromium: string } | { none: string };

/**
 * `npm start` where Electron cannot run (scripts/start.mjs): the browser host on the usual data folder,
 * in a Chromium app window where there is a display and a Chromium, else served until Ctrl+C. Closing
 * the window, Ctrl+C or the terminal closing stops the host, after its backup on quit.
 */
export async function startInBrowser(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const dataDir = chosenDataDir(undefined, env);
  const window = chooseWindow(env);
  const started = await startSoleHost({
    dataDir,
    port: 0,
    rendererDir: BUILT_RENDERER,
    appVersion: appVersion(),
  }).catch((error: Error) => {
    console.error(`FasciaMap could not start: ${error.message}`);
    return process.exit(1);
  });
  if ('running' in started) return showRunning(started.running, window, dataDir);
  serve(started.host, window, dataDir);
}

function chooseWindow(env: NodeJS.ProcessEnv): Window {
  if (!hasDisplay(process.platform, env)) return { none: 'There is no display to open a window on' };
  const chromium = findChromium(process.platform, env);
  return chromium
    ? { chromium }
    : { none: 'No Chromium or Chrome was found (FASCIAMAP_CHROMIUM can name one)' };
}

/** A second start on the folder: a new window on the running host, or where to find it. */
function showRunning(running: HostRecord, window: Window, dataDir: string): void {
  if ('chromium' in window && running.url) {
    openAppWindow(window.chromium, running.url, browserProfileDir(dataDir), { detached: true });
    console.log('FasciaMap is already running on this data folder: it opens in another window.');
    return;
  }
  console.log(describeRunning(running));
}

function serve(host: BrowserHost, window: Window, dataDir: string): void {
  if ('none' in window) {
    stopOnSignals(host);
    return keepServing(host, window.none);
  }
  const profile = browserProfileDir(dataDir);
  if (profileInUse(profile)) {
    // The window joins that browser, so its closing cannot be seen from here.
    openAppWindow(window.chromium, host.url, profile, { detached: true });
    stopOnSignals(host);
    return keepServing(host, 'The window opened beside one left open by an earlier run');
  }
  const browser = openAppWindow(window.chromium, host.url, profile);
  const stopping = stopOnSignals(host, browser);
  console.log(`FasciaMap is running at ${host.url} in a Chromium app window; closing the window stops it.`);
  let ended = false;
  const browserEnded = (how: string | number | null) => {
    if (stopping.started() || ended) return;
    ended = true;
    // Exit code 0 is the window closed; anything else is a browser that could not show it.
    if (how === 0) return stopping.stop();
    keepServing(host, `The browser ended without showing FasciaMap (${how})`);
  };
  browser.once('exit', (code, signal) => browserEnded(signal ?? code));
  browser.once('error', (error) => browserEnded(error.message));
}

function keepServing(host: BrowserHost, why: string): void {
  console.log(`FasciaMap is running at ${host.url}`);
  console.log(`${why}: open that address in Chromium or Chrome on this computer; Ctrl+C stops FasciaMap.`);
}

/** Ctrl+C, a kill or the terminal closing: the window goes, then the host, after its backup on quit. */
function stopOnSignals(
  host: BrowserHost,
  browser?: ChildProcess,
): { stop: () => void; started: () => boolean } {
  let started = false;
  const stop = () => {
    if (started) return;
    started = true;
    browser?.kill();
    void host.close().then(() => process.exit(0));
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop);
  return { stop, started: () => started };
}
