// `npm start`: launches the built app in Electron, or says in one sentence why it cannot.
import { spawn, spawnSync } from 'node:child_process';
import { downloadElectronBinary, findElectronBinary, NO_ELECTRON_MESSAGE } from './electron-binary.mjs';

const binary = findElectronBinary() ?? (downloadElectronBinary(spawnSync) ? findElectronBinary() : undefined);
if (!binary) {
  console.error(NO_ELECTRON_MESSAGE);
  process.exit(1);
}
const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
