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

/**
 * Removes a session's flag acknowledgements straight from the test's SQLite file: the record a
 * session completed before acknowledgements were kept would have. The app itself never does this.
 */
export function forgetAcknowledgements(dataDir: string, sessionId: string): void {
  const db = new Database(join(dataDir, 'fasciamap.sqlite'), { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare('DELETE FROM flag_acknowledgements WHERE session_id = ?').run(sessionId);
  } finally {
    db.close();
  }
}
