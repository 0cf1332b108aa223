import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { resolveDataDir } from '../core/data-dir';
import { usualDataDir } from './usual-data-dir';

/** What the browser host starts with unless told otherwise, from `npm run start:browser` or `npm start`. */
const ROOT = resolve(import.meta.dirname, '../..');

/** The renderer `electron-vite build` wrote. */
export const BUILT_RENDERER = resolve(ROOT, 'out/renderer');

export function appVersion(): string {
  return (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The folder asked for, else `FASCIAMAP_DATA_DIR`, else the one the Electron app uses. */
export function chosenDataDir(asked: string | undefined, env: NodeJS.ProcessEnv): string {
  return resolve(asked ?? resolveDataDir(env, usualDataDir(process.platform, env, homedir())));
}
