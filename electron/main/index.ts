import { join } from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { registerIpcHandlers } from './api/ipc';
import { databasePath, resolveDataDir } from '../core/data-dir';
import { useNativeBinding } from '../core/db/connection';
import { claimDataFolder, describeRunning, hostFilePath, type HostClaim } from '../core/host-file';
import { electronNativeBinding } from '../core/native-binding';
import { electronPrinter } from './print/printer';
import { openHostedClinic, type HostedClinic } from '../core/runtime/hosted-clinic';
import { hardenSession, hardenWebContents } from './window/harden';
import { mainWindowOptions } from './window/options';
import { rendererSource } from './window/renderer-source';

app.enableSandbox();
// Every SQLite connection of this process loads the addon built for Electron's ABI.
useNativeBinding(electronNativeBinding(app.getAppPath(), process.versions.electron));

const renderer = rendererSource(
  process.env.ELECTRON_RENDERER_URL,
  app.isPackaged,
  join(import.meta.dirname, '../renderer/index.html'),
);
const preloadFile = join(import.meta.dirname, '../preload/index.cjs');
const appUrl = () => renderer.url;
/** The app's page at an in-app route: printouts load their route in a hidden window. */
const pageUrl = (route: string) => {
  const url = new URL(appUrl());
  url.hash = route;
  return url.href;
};

let clinic: HostedClinic | undefined;
/** This app's hold on its data folder, so that no browser host opens the same database beside it. */
let folderClaim: HostClaim | undefined;

function openClinic(dataDir: string): HostedClinic | undefined {
  const file = databasePath(dataDir);
  try {
    return openHostedClinic({
      file,
      appVersion: app.getVersion(),
      printer: electronPrinter({
        preloadPath: preloadFile,
        pageUrl,
        owner: () => BrowserWindow.getFocusedWindow() ?? undefined,
      }),
    });
  } catch (error) {
    dialog.showErrorBox('FasciaMap cannot open its database', (error as Error).message);
    return undefined;
  }
}

function createMainWindow(): void {
  const window = new BrowserWindow(mainWindowOptions(preloadFile));
  window.once('ready-to-show', () => window.show());
  if (renderer.kind === 'dev-server') void window.loadURL(renderer.url);
  else void window.loadFile(renderer.file);
}

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appUrl));

void app.whenReady().then(async () => {
  const dataDir = resolveDataDir(process.env, app.getPath('userData'));
  const claim = await claimDataFolder(dataDir, 'electron').catch((error: Error) => {
    dialog.showErrorBox('FasciaMap cannot use its data folder', error.message);
    return undefined;
  });
  if (!claim) {
    app.quit();
    return;
  }
  if ('running' in claim) {
    dialog.showErrorBox(
      'FasciaMap is already running',
      `${describeRunning(claim.running)} If no FasciaMap is open, delete ${hostFilePath(dataDir)} and start again.`,
    );
    app.quit();
    return;
  }
  folderClaim = claim.claimed;
  clinic = openClinic(dataDir);
  if (!clinic) {
    folderClaim.release();
    app.quit();
    return;
  }
  hardenSession(session.defaultSession);
  registerIpcHandlers(clinic.runtime.dispatch, appUrl);
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

/** The backup on quit: quitting waits for it once, then closes the database and quits for real. */
let quitBackupDone = false;
app.on('before-quit', (event) => {
  if (quitBackupDone || !clinic) return;
  event.preventDefault();
  const closing = clinic;
  void closing.quit().finally(() => {
    quitBackupDone = true;
    clinic = undefined;
    folderClaim?.release();
    app.quit();
  });
});
