import { existsSync, rmSync, statSync } from 'node:fs';
import { openDatabase, type Connection } from './connection';

const WAL_SIDE_FILES = ['-wal', '-shm'] as const;

/**
 * Opens a database file read-only, lets `look` read it, and always closes it again: checking a
 * file (its header, its integrity) must never change it, nor leave anything beside it.
 */
export function lookIntoDatabase<T>(file: string, look: (db: Connection) => T): T {
  const alreadyThere = WAL_SIDE_FILES.filter((suffix) => existsSync(file + suffix));
  const probe = openDatabase(file, { readonly: true, fileMustExist: true });
  try {
    return look(probe);
  } finally {
    probe.close();
    removeSideFilesOfReader(file, alreadyThere);
  }
}

/**
 * A read-only connection to a WAL-mode file creates an empty `-wal` and a `-shm` and, unable to
 * checkpoint, leaves them when it closes. Those it created are removed again, unless the WAL has
 * frames: then a writer has the file open meanwhile and both belong to it.
 */
function removeSideFilesOfReader(file: string, alreadyThere: readonly string[]): void {
  const wal = `${file}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) return;
  for (const suffix of WAL_SIDE_FILES) {
    if (!alreadyThere.includes(suffix)) rmSync(file + suffix, { force: true });
  }
}
