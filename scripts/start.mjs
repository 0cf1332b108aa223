// `npm start`: FasciaMap in Electron where its binary is installed or can still be downloaded; else,
// after one line saying so, in the browser host, in a Chromium app window where there is a display
// (electron/browser-host/start-in-browser.ts).
import { spawn, spawnSync } from 'node:child_process';
import { downloadElectronBinary, findElectronBinary, NO_ELECTRON_MESSAGE } from './electron-binary.mjs';

const binary = findElectronBinary() ?? (downloadElectronBinary(spawnSync) ? findElectronBinary() : undefined);
if (binary) {
  const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(NO_ELECTRON_MESSAGE);
  // The host is TypeScript, run through tsx as `npm run start:browser` runs it, in this same process so
  // that Ctrl+C reaches the one process that makes the backup on quit.
  const { tsImport } = await import('tsx/esm/api');
  const { startInBrowser } = await tsImport('../electron/browser-host/start-in-browser.ts', import.meta.url);
  await startInBrowser();
}
