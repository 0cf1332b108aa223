import { useEffect } from 'react';

export type PrintState = { state: 'preparing' } | { state: 'ready' } | { state: 'failed'; message: string };

/**
 * Announces on <html> whether the printout can be printed yet: `data-print-state` is `preparing`,
 * `ready` (data shown, fonts loaded, every picture loaded) or `failed` with `data-print-error`.
 * Electron's print window and the tests wait for it instead of for a fixed time.
 */
/** Settles once the picture has loaded (or failed to: the rest of the printout still prints). */
function loaded(image: HTMLImageElement): Promise<unknown> {
  if (image.complete) return Promise.resolve();
  return new Promise((settle) => {
    image.addEventListener('load', settle, { once: true });
    image.addEventListener('error', settle, { once: true });
  });
}

export function usePrintState(status: PrintState): void {
  const message = status.state === 'failed' ? status.message : '';
  useEffect(() => {
    const root = document.documentElement;
    let current = true;
    if (status.state === 'ready') {
      root.dataset.printState = 'preparing';
      // The bundled font and every picture must be in place before Chromium lays out the pages:
      // nothing else, so the printout is ready the moment the last snapshot can be painted.
      const pictures = [...document.images].map(loaded);
      void Promise.all([document.fonts.ready, ...pictures]).then(() => {
        if (current) root.dataset.printState = 'ready';
      });
    } else {
      if (message) root.dataset.printError = message;
      root.dataset.printState = status.state;
    }
    return () => {
      current = false;
      delete root.dataset.printState;
      delete root.dataset.printError;
    };
  }, [status.state, message]);
}
