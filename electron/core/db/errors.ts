import { basename, dirname } from 'node:path';

/** The file was written by a newer FasciaMap: opening it could corrupt what that version wrote. */
export class NewerDatabaseError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `This clinic database was written by a newer version of FasciaMap (schema ${fileVersion}; ` +
        `this version understands up to ${supportedVersion}). Install the newer FasciaMap to open it; ` +
        `the file has not been changed.`,
    );
    this.name = 'NewerDatabaseError';
  }
}

/** The file is an SQLite database but not one of ours: another program's id, or no id and another program's tables. */
export class ForeignDatabaseError extends Error {
  constructor(readonly applicationId: number) {
    const whose = applicationId === 0 ? 'it holds another program’s data' : `application id ${applicationId}`;
    super(`This file is not a FasciaMap clinic database (${whose}); it has not been changed.`);
    this.name = 'ForeignDatabaseError';
  }
}

/** Why the disk refused a write: full, or a folder or file that cannot be written (read-only). */
export type DiskProblem = 'DISK_FULL' | 'READ_ONLY_FOLDER';

/**
 * Reads SQLite's error code: SQLITE_FULL is a full disk (SQLite reports the OS's ENOSPC so);
 * SQLITE_READONLY is a file opened read-only because it could not be opened for writing, and
 * SQLITE_IOERR_WRITE a write the file system refused on an open file (a folder made read-only, a
 * disk remounted read-only). Node's own ENOSPC and EROFS (a backup's copy, a sealed file) mean the
 * same. Anything else is not the disk's fault.
 */
export function diskProblemOf(error: unknown): DiskProblem | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'DISK_FULL';
  if (code === 'EROFS') return 'READ_ONLY_FOLDER';
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_IOERR_WRITE') return 'READ_ONLY_FOLDER';
  return undefined;
}

/** What the therapist reads: the folder by name, that nothing was saved, and what to do about it. */
export function diskProblemMessage(problem: DiskProblem, file: string): string {
  const folder = dirname(file);
  return problem === 'DISK_FULL'
    ? `The disk holding FasciaMap's data folder, ${folder}, is full: nothing was saved. ` +
        `Free some space on that disk, then try again.`
    : `FasciaMap cannot write to its data folder, ${folder}: the folder or the clinic file ` +
        `${basename(file)} in it is read-only. Nothing was saved. Make both writable for this ` +
        `account, then try again.`;
}

/**
 * The clinic file could not be opened or brought up to date because its folder or the file cannot
 * be written: SQLite needs to write beside a WAL database even to read it (SQLITE_CANTOPEN), and a
 * migration needs to write the file. Named by its folder, instead of SQLite's own words.
 */
export class DataFolderUnwritableError extends Error {
  constructor(readonly file: string) {
    super(
      `FasciaMap cannot open its clinic file ${basename(file)} in its data folder, ${dirname(file)}: ` +
        `the folder or the file is read-only, or not open to this account. Nothing was changed. ` +
        `Make both writable for this account, then start FasciaMap again.`,
    );
    this.name = 'DataFolderUnwritableError';
  }
}

/** Turns a failed open caused by an unwritable folder or file into `DataFolderUnwritableError`. */
export function explainOpenFailure(error: unknown, file: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CANTOPEN' || diskProblemOf(error) === 'READ_ONLY_FOLDER'
    ? new DataFolderUnwritableError(file)
    : error;
}

/** What the therapist reads when the backup, not the clinic file, could not be written. */
export function backupDiskProblemMessage(problem: DiskProblem, backupFolder: string): string {
  return problem === 'DISK_FULL'
    ? `The disk holding FasciaMap's backups folder, ${backupFolder}, is full: no backup was made, ` +
        `and the clinic's records are as they were. Free some space on that disk, then back up again.`
    : `FasciaMap cannot write to its backups folder, ${backupFolder}: no backup was made, and the ` +
        `clinic's records are as they were. Make the folder writable for this account, then back up again.`;
}
