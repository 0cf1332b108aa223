import { existsSync, statSync } from 'node:fs';
import type { Recovery } from '../../../shared/api/access';
import { backupFolder, backupsWorthRestoring, listBackups, newestGoodBackup } from '../backups/files';
import { openDatabase } from '../db/connection';
import { passesCheck, type IntegrityCheck } from '../db/integrity';
import { openClinicDatabase, type ClinicDatabase, type OpenOptions } from '../db/open';
import { explainOpenFailure } from '../db/errors';
import { lookIntoDatabase } from '../db/read-only';
import { startUpCheck } from './start-up-check';

export interface CheckedOpen {
  db: ClinicDatabase;
  /** Set when the file failed its start-up check or is lost: `db` is then read-only (or an empty stand-in). */
  recovery: Recovery | null;
  readable: boolean;
}

/** Why a clinic whose file has gone opens for recovery rather than as a new, empty clinic. */
export const LOST_FILE_REASON =
  'its file is missing or empty, though the backups folder holds backups of the clinic';

/**
 * Opens the clinic database after SQLite's check (`startUpCheck` says which), done read-only before
 * any migration so a damaged file is not written to. A damaged file is opened read-only and the
 * newest good backup is offered. A missing or empty file where backups are worth restoring is not
 * replaced by a new clinic: the recovery screen offers the backup instead. Only a first run (no file,
 * no such backups) starts a new clinic.
 */
export function openChecked(file: string, options: OpenOptions = {}, now = new Date()): CheckedOpen {
  const folder = backupFolder(file);
  const bytes = existsSync(file) ? statSync(file).size : 0;
  const lost = bytes === 0;
  const problem = lost
    ? lostFileProblem(folder)
    : checkProblem(file, startUpCheck(bytes, newestBackupAt(folder), now));
  if (!problem) return { db: openClinicDatabase(file, options), recovery: null, readable: true };
  const recovery = { reason: problem, newestGoodBackup: newestGoodBackup(folder) };
  return lost ? standIn(recovery, options) : openForRecovery(file, recovery, options);
}

/**
 * The file opened read-only for the recovery screen, with `recovery` saying why; a file that cannot
 * be read at all gets an empty in-memory stand-in so the app can still show the screen.
 */
export function openForRecovery(file: string, recovery: Recovery, options: OpenOptions = {}): CheckedOpen {
  try {
    const db = openDatabase(file, { readonly: true, fileMustExist: true });
    db.pragma('user_version', { simple: true });
    return { db, recovery, readable: true };
  } catch {
    return standIn(recovery, options);
  }
}

function standIn(recovery: Recovery, options: OpenOptions): CheckedOpen {
  return { db: openClinicDatabase(':memory:', options), recovery, readable: false };
}

/** Every backup is made after the live file passed the full check, so the newest one dates the last. */
function newestBackupAt(folder: string): Date | undefined {
  const newest = listBackups(folder)[0];
  return newest ? new Date(newest.createdAt) : undefined;
}

function lostFileProblem(folder: string): string | undefined {
  return backupsWorthRestoring(folder) ? LOST_FILE_REASON : undefined;
}

function checkProblem(file: string, check: IntegrityCheck): string | undefined {
  try {
    const passes = lookIntoDatabase(file, (probe) => passesCheck(probe, check));
    return passes ? undefined : 'it failed its integrity check at start-up';
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    // Damage is for recovery; anything else is reported: an unwritable folder by name, a locked or
    // unreadable file as it is.
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return 'it is damaged and cannot be read';
    throw explainOpenFailure(error, file);
  }
}
