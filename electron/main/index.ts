import { join } from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { createDispatch } from './api/dispatch';
import { registerIpcHandlers } from './api/ipc';
import { databasePath, resolveDataDir } from './data-dir';
import { openClinicDatabase, type ClinicDatabase } from './db/open';
import { electronNativeBinding } from './native-binding';
import { createHandlers, defaultPorts } from './services';
import { hardenSession, hardenWebContents } from './window/harden';
import { mainWindowOptions } from './window/options';

app.enableSandbox();

const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const rendererFile = join(import.meta.dirname, '../renderer/index.html');
const appUrl = () => (devServerUrl ? devServerUrl : new URL(`file://${rendererFile}`).href);

let db: ClinicDatabase | undefined;

function openDatabase(): ClinicDatabase | undefined {
  const file = databasePath(resolveDataDir(process.env, app.getPath('userData')));
  try {
    return openClinicDatabase(file, {
      nativeBinding: electronNativeBinding(app.getAppPath(), process.versions.electron),
    });
  } catch (error) {
    dialog.showErrorBox('FasciaMap cannot open its database', (error as Error).message);
    return undefined;
  }
}

function createMainWindow(): void {
  const window = new BrowserWindow(mainWindowOptions(join(import.meta.dirname, '../preload/index.cjs')));
  window.once('ready-to-show', () => window.show());
  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(rendererFile);
}

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appUrl));

void app.whenReady().then(() => {
  db = openDatabase();
  if (!db) {
    app.quit();
    return;
  }
  hardenSession(session.defaultSession);
  const dispatch = createDispatch(createHandlers(defaultPorts(db, app.getVersion())), {
    onInternalError: (name, error) =>
      console.error(`[fasciamap] ${name} failed: ${error instanceof Error ? error.name : 'unknown error'}`),
  });
  registerIpcHandlers(dispatch, appUrl);
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => db?.close());
