import { join } from 'node:path';

export const DATABASE_FILE = 'fasciamap.sqlite';

/** The folder holding the clinic's data: `FASCIAMAP_DATA_DIR` when set (tests, browser host), else the app's usual one. */
export function resolveDataDir(env: NodeJS.ProcessEnv, usualDir: string): string {
  const chosen = env.FASCIAMAP_DATA_DIR?.trim();
  return chosen ? chosen : usualDir;
}

export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}
