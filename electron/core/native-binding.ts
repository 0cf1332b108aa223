import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 in node_modules is built for Node's ABI (tests, browser host). The Electron app
 * loads a copy built for Electron's ABI, which `npm start` prepares (scripts/electron-native.mjs).
 */
export function electronNativeBinding(appRoot: string, electronVersion: string): string | undefined {
  const candidate = join(appRoot, '.cache', 'electron-native', electronVersion, 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}
