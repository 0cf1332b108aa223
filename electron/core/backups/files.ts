import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BACKUP_NAME_PATTERN, type BACKUP_REASONS, type BackupInfo } from '../../../shared/api/backups';
import { ApiFailure } from '../../../shared/api/errors';
import { SEALED_EXTENSION } from '../../../shared/api/sealed';
import { openDatabase } from '../db/connection';
import { passesCheck } from '../db/integrity';
import { SCHEMA_VERSION } from '../db/migrations';
import { APPLICATION_ID, type ClinicDatabase } from '../db/open';
import { lookIntoDatabase } from '../db/read-only';
import { privateFile } from '../private-files';
import { holdsRecords } from './records';
import { backupsToKeep } from './rotation';

export type BackupReason = (typeof BACKUP_REASONS)[number];

/** Backups live in `backups/` beside the database, so moving the data folder moves them too. */
export function backupFolder(databaseFile: string): string {
  return join(dirname(databaseFile), 'backups');
}

export function backupName(moment: Date, reason: BackupReason, encrypted = false): string {
  const stamp = moment.toISOString().replace(/[-:]/g, '').replace('.', '');
  return `fasciamap-${stamp}-${reason}.sqlite${encrypted ? SEALED_EXTENSION : ''}`;
}

export function parseBackupName(
  name: string,
): { createdAt: Date; reason: BackupReason; encrypted: boolean } | undefined {
  const match = BACKUP_NAME_PATTERN.exec(name);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, ms, reason, sealed] = match;
  const createdAt = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
  return Number.isNaN(createdAt.getTime())
    ? undefined
    : { createdAt, reason: reason as BackupReason, encrypted: sealed !== undefined };
}

/** The folder's backups, newest first; other files (kept-aside databases, partial copies) are not listed. */
export function listBackups(folder: string): BackupInfo[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .flatMap((name) => {
      const parsed = parseBackupName(name);
      if (!parsed) return [];
      return [
        {
          name,
          createdAt: parsed.createdAt.toISOString(),
          reason: parsed.reason,
          bytes: statSync(join(folder, name)).size,
          encrypted: parsed.encrypted,
        },
      ];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Encrypts a finished plain copy into the backup's final (`.sealed`) file. */
export type SealBackup = (plainCopy: string, sealedFile: string) => Promise<void>;

/** The live file failed SQLite's full integrity check, so it was not copied. */
export class DamagedClinicError extends ApiFailure {
  constructor() {
    super(
      'READ_ONLY',
      'The clinic database fails SQLite’s integrity check, so it was not backed up (the copy would ' +
        'carry the damage). Restore a backup to carry on.',
    );
    this.name = 'DamagedClinicError';
  }
}

/** Files SQLite may keep beside a database; a backup is a single file, so none belong to one. */
const SIDE_FILES = ['-wal', '-shm', '-journal'] as const;

export interface BackupOptions {
  /** Seals the checked plain copy into the final name; without it the copy itself is the backup. */
  seal?: SealBackup;
}

/**
 * Copies the live database with SQLite's online backup (consistent even while it is being written),
 * under a temporary name renamed only once complete, so a half-written copy never looks like a backup.
 * The live file must pass the full integrity check first, so damage is never copied, and the copy
 * must pass it too before it is kept. With `seal`, the checked copy is sealed into the final name and
 * the plain copy removed. Then removes what the rotation no longer keeps.
 */
export async function createBackup(
  db: ClinicDatabase,
  folder: string,
  moment: Date,
  reason: BackupReason,
  { seal }: BackupOptions = {},
): Promise<BackupInfo> {
  if (!passesCheck(db, 'integrity_check')) throw new DamagedClinicError();
  mkdirSync(folder, { recursive: true });
  const name = backupName(moment, reason, seal !== undefined);
  const partial = join(folder, `${name}.partial`);
  let verdict: FileVerdict;
  try {
    // Made owner-only before SQLite writes into it; the rename keeps the mode.
    privateFile(partial);
    await db.backup(partial);
    verdict = verifiedSingleFile(partial);
    if (seal) await seal(partial, join(folder, name));
    else renameSync(partial, join(folder, name));
  } finally {
    removeWithSideFiles(partial);
  }
  rotate(folder, { name, good: isGoodBackup(verdict) });
  return listBackups(folder).find((backup) => backup.name === name)!;
}

/**
 * The online backup copies the live file's header, WAL mode included, so anything that opened the
 * copy would put `-wal` and `-shm` files beside it. Switching the copy to a rollback journal makes it
 * one self-contained file (a restore switches it back to WAL). Then the copy gets the same full check
 * as the live file: a copy that fails it is not kept.
 */
function verifiedSingleFile(partial: string): FileVerdict {
  const copy = openDatabase(partial);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  const verdict = checkDatabaseFile(partial);
  if (!verdict.ok) {
    throw new ApiFailure('CONFLICT', `The backup was not kept: after writing, ${verdict.reason}`);
  }
  return verdict;
}

/**
 * Removes the backups the rotation no longer keeps. `written` is the backup just made, whose check is
 * fresh; older ones are checked only when the rotation needs to know whether they are good. An
 * encrypted one cannot be looked into without its passphrase; it counts as good, since it passed the
 * same checks before it was sealed, and only a clinic with a therapist profile can set a passphrase.
 */
function rotate(folder: string, written: { name: string; good: boolean }): void {
  const backups = listBackups(folder);
  const encrypted = new Set(backups.filter((backup) => backup.encrypted).map((backup) => backup.name));
  const isGood = ({ name }: { name: string }) =>
    name === written.name
      ? written.good
      : encrypted.has(name) || isGoodBackup(checkDatabaseFile(join(folder, name)));
  const dated = backups.map((b) => ({ name: b.name, createdAt: new Date(b.createdAt) }));
  const keep = backupsToKeep(dated, undefined, isGood);
  for (const backup of backups) if (!keep.has(backup.name)) removeWithSideFiles(join(folder, backup.name));
}

function removeWithSideFiles(file: string): void {
  for (const suffix of ['', ...SIDE_FILES]) rmSync(file + suffix, { force: true });
}

export type FileVerdict =
  { ok: true; schemaVersion: number; holdsRecords: boolean } | { ok: false; reason: string };

/** A backup worth restoring and keeping: it passes every check and holds records (`holdsRecords`). */
export function isGoodBackup(verdict: FileVerdict): boolean {
  return verdict.ok && verdict.holdsRecords;
}

/**
 * Whether a file is a sound FasciaMap database this version can open: SQLite's full integrity check,
 * our application id, and a schema no newer than ours. Read-only, so checking never changes it.
 */
export function checkDatabaseFile(file: string): FileVerdict {
  try {
    return lookIntoDatabase(file, (probe): FileVerdict => {
      if (!passesCheck(probe, 'integrity_check'))
        return { ok: false, reason: 'it fails SQLite’s integrity check' };
      if (probe.pragma('application_id', { simple: true }) !== APPLICATION_ID) {
        return { ok: false, reason: 'it is not a FasciaMap database' };
      }
      const schemaVersion = probe.pragma('user_version', { simple: true }) as number;
      if (schemaVersion > SCHEMA_VERSION) return { ok: false, reason: 'it was written by a newer FasciaMap' };
      return { ok: true, schemaVersion, holdsRecords: holdsRecords(probe) };
    });
  } catch {
    return { ok: false, reason: 'it cannot be read as a database' };
  }
}

/**
 * The newest good backup (`isGoodBackup`), for the recovery screen to offer. An encrypted one cannot
 * be looked into without its passphrase: it is offered, and checked once opened at restore.
 */
export function newestGoodBackup(folder: string): string | null {
  for (const backup of listBackups(folder)) {
    if (backup.encrypted || isGoodBackup(checkDatabaseFile(join(folder, backup.name)))) return backup.name;
  }
  return null;
}

/**
 * Whether the backups hold a clinic to restore rather than start afresh over: a good backup, or one
 * that fails its check (it may still hold records someone could rescue). Backups of a clinic that
 * never held records do not count.
 */
export function backupsWorthRestoring(folder: string): boolean {
  return listBackups(folder).some((backup) => {
    if (backup.encrypted) return true;
    const verdict = checkDatabaseFile(join(folder, backup.name));
    return !verdict.ok || verdict.holdsRecords;
  });
}

/** Moves the database and its WAL/SHM companions aside under one stamp, returning the main file's new name. */
export function moveDatabaseAside(file: string, folder: string, moment: Date): string {
  mkdirSync(folder, { recursive: true });
  const aside = `replaced-${moment.toISOString().replace(/[-:.]/g, '')}.sqlite`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, join(folder, aside + suffix));
  }
  return aside;
}

/** Puts a database moved aside by `moveDatabaseAside` back in place (a failed restore). */
export function moveDatabaseBack(file: string, folder: string, aside: string): void {
  for (const suffix of ['', '-wal', '-shm']) {
    rmSync(file + suffix, { force: true });
    if (existsSync(join(folder, aside + suffix))) renameSync(join(folder, aside + suffix), file + suffix);
  }
}
