import { BrowserWindow, type WebContents } from 'electron';
import { printWindowOptions } from './options';

/** However slow the software renderer, a printout that is not ready by then is not coming. */
const READY_TIMEOUT_MS = 120_000;

/**
 * Resolves when the print view says it is ready (`data-print-state` on <html>: every snapshot
 * rendered, the fonts loaded) and rejects if it says it failed. Watched with a MutationObserver,
 * so nothing polls and nothing sleeps.
 */
const WAIT_FOR_PRINT_STATE = `new Promise((resolve, reject) => {
  const root = document.documentElement;
  const settle = () => {
    const state = root.dataset.printState;
    if (state === 'ready') resolve(true);
    else if (state === 'failed') reject(new Error(root.dataset.printError || 'The printout could not be prepared'));
    else return false;
    return true;
  };
  if (settle()) return;
  const observer = new MutationObserver(() => { if (settle()) observer.disconnect(); });
  observer.observe(root, { attributes: true, attributeFilter: ['data-print-state', 'data-print-error'] });
})`;

/**
 * Loads a print route in a hidden window with the app window's security (same preload, sandbox and
 * navigation rules), waits until the page is ready, hands its contents to `work`, and always
 * closes the window afterwards.
 */
export async function inPrintWindow<T>(
  preloadPath: string,
  url: string,
  work: (contents: WebContents) => Promise<T>,
): Promise<T> {
  const window = new BrowserWindow(printWindowOptions(preloadPath));
  let timer: NodeJS.Timeout | undefined;
  try {
    await window.loadURL(url);
    await Promise.race([
      window.webContents.executeJavaScript(WAIT_FOR_PRINT_STATE, true),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error('The printout took too long to prepare')),
          READY_TIMEOUT_MS,
        );
      }),
    ]);
    return await work(window.webContents);
  } finally {
    clearTimeout(timer);
    window.destroy();
  }
}
