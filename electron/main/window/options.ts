import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The main window's options, in one place so a unit test can hold them to the security baseline:
 * an isolated, sandboxed renderer with no Node and the web's usual protections on.
 */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'FasciaMap',
    backgroundColor: '#f4f6f8',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: true,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  };
}
