import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Recovery } from '../../../shared/api/access';
import { backupFolder, newestGoodBackup } from '../backups/files';
import { openClinicDatabase, type ClinicDatabase, type OpenOptions } from '../db/open';
import { explainOpenFailure } from '../db/errors';
import { lookIntoDatabase } from '../db/read-only';

export interface CheckedOpen {
  db: ClinicDatabase;
  /** Set when the file failed its quick check: `db` is then read-only (or an empty stand-in). */
  recovery: Recovery | null;
  readable: boolean;
}

/**
 * Opens the clinic database after SQLite's quick check, done read-only before any migration so a
 * damaged file is not written to. A damaged file is opened read-only and the newest good backup is
 * offered; a file that cannot be read at all gets an empty in-memory stand-in so the app can still
 * show the recovery screen.
 */
export function openChecked(file: string, options: OpenOptions = {}): CheckedOpen {
  const problem = existsSync(file) ? quickCheckProblem(file, options.nativeBinding) : undefined;
  if (!problem) return { db: openClinicDatabase(file, options), recovery: null, readable: true };

  const recovery = {
    reason: problem,
    newestGoodBackup: newestGoodBackup(backupFolder(file), options.nativeBinding),
  };
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  try {
    const db = new Database(file, { ...binding, readonly: true, fileMustExist: true });
    db.pragma('user_version', { simple: true });
    return { db, recovery, readable: true };
  } catch {
    return { db: openClinicDatabase(':memory:', options), recovery, readable: false };
  }
}

function quickCheckProblem(file: string, nativeBinding?: string): string | undefined {
  try {
    const verdict = lookIntoDatabase(file, nativeBinding, (probe) =>
      probe.pragma('quick_check', { simple: true }),
    );
    return verdict === 'ok' ? undefined : 'it failed its integrity check at start-up';
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    // Damage is for recovery; anything else is reported: an unwritable folder by name, a locked or
    // unreadable file as it is.
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return 'it is damaged and cannot be read';
    throw explainOpenFailure(error, file);
  }
}
