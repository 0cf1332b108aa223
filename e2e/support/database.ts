import { join } from 'node:path';
import Database from 'better-sqlite3';

/** Reads the test's SQLite file directly, to prove what the UI did reached the disk. */
export function queryClinic<T>(dataDir: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(join(dataDir, 'fasciamap.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
