import Database from 'better-sqlite3';

/**
 * Opens a database file read-only, lets `look` read it, and always closes it again: checking a
 * file (its header, its integrity) must never change it.
 */
export function lookIntoDatabase<T>(
  file: string,
  nativeBinding: string | undefined,
  look: (db: Database.Database) => T,
): T {
  const probe = new Database(file, {
    readonly: true,
    fileMustExist: true,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  try {
    return look(probe);
  } finally {
    probe.close();
  }
}
