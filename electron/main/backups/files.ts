import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BACKUP_NAME_PATTERN, type BACKUP_REASONS, type BackupInfo } from '../../../shared/api/backups';
import { SEALED_EXTENSION } from '../../../shared/api/sealed';
import { SCHEMA_VERSION } from '../db/migrations';
import { APPLICATION_ID, type ClinicDatabase } from '../db/open';
import { lookIntoDatabase } from '../db/read-only';
import { privateFile } from '../private-files';
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

/**
 * Copies the live database with SQLite's online backup (consistent even while it is being written),
 * under a temporary name renamed only once complete, so a half-written copy never looks like a backup.
 * With `seal`, the complete copy is sealed into the final name and the plain copy removed. Then
 * removes what the rotation no longer keeps.
 */
export async function createBackup(
  db: ClinicDatabase,
  folder: string,
  moment: Date,
  reason: BackupReason,
  seal?: SealBackup,
): Promise<BackupInfo> {
  mkdirSync(folder, { recursive: true });
  const name = backupName(moment, reason, seal !== undefined);
  const partial = join(folder, `${name}.partial`);
  // Made owner-only before SQLite writes into it; the rename keeps the mode.
  privateFile(partial);
  await db.backup(partial);
  if (seal) {
    try {
      await seal(partial, join(folder, name));
    } finally {
      rmSync(partial, { force: true });
    }
  } else renameSync(partial, join(folder, name));
  rotate(folder);
  return listBackups(folder).find((backup) => backup.name === name)!;
}

function rotate(folder: string): void {
  const backups = listBackups(folder);
  const keep = backupsToKeep(backups.map((b) => ({ name: b.name, createdAt: new Date(b.createdAt) })));
  for (const backup of backups)
    if (!keep.has(backup.name)) rmSync(join(folder, backup.name), { force: true });
}

export type FileVerdict = { ok: true; schemaVersion: number } | { ok: false; reason: string };

/**
 * Whether a file is a sound FasciaMap database this version can open: SQLite's full integrity check,
 * our application id, and a schema no newer than ours. Read-only, so checking never changes it.
 */
export function checkDatabaseFile(file: string, nativeBinding?: string): FileVerdict {
  try {
    return lookIntoDatabase(file, nativeBinding, (probe): FileVerdict => {
      const integrity = probe.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') return { ok: false, reason: 'it fails SQLite’s integrity check' };
      if (probe.pragma('application_id', { simple: true }) !== APPLICATION_ID) {
        return { ok: false, reason: 'it is not a FasciaMap database' };
      }
      const schemaVersion = probe.pragma('user_version', { simple: true }) as number;
      if (schemaVersion > SCHEMA_VERSION) return { ok: false, reason: 'it was written by a newer FasciaMap' };
      return { ok: true, schemaVersion };
    });
  } catch {
    return { ok: false, reason: 'it cannot be read as a database' };
  }
}

/**
 * The newest backup that passes `checkDatabaseFile`, for the recovery screen to offer. An encrypted
 * one cannot be looked into without its passphrase: it is offered, and checked once opened at restore.
 */
export function newestGoodBackup(folder: string, nativeBinding?: string): string | null {
  for (const backup of listBackups(folder)) {
    if (backup.encrypted || checkDatabaseFile(join(folder, backup.name), nativeBinding).ok)
      return backup.name;
  }
  return null;
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
