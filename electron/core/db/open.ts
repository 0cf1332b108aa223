import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { openDatabase, type Connection } from './connection';
import { privateFile, privateFolder, privateIfPresent } from '../private-files';
import { explainOpenFailure, ForeignDatabaseError, NewerDatabaseError } from './errors';
import { MIGRATIONS } from './migrations';
import { lookIntoDatabase } from './read-only';
import type { Migration } from './migrations/types';

/** 'FMAP' in ASCII: stamped in the header so tools and FasciaMap itself can tell the file apart. */
export const APPLICATION_ID = 0x464d4150;

export interface OpenOptions {
  migrations?: readonly Migration[];
}

export type ClinicDatabase = Connection;

/**
 * Opens (creating if needed) the clinic database and brings its schema up to date. A file from a
 * newer version or another application is refused before anything is written to it.
 */
export function openClinicDatabase(file: string, options: OpenOptions = {}): ClinicDatabase {
  const migrations = options.migrations ?? MIGRATIONS;
  checkNumbering(migrations);
  const onDisk = file !== ':memory:';
  if (onDisk && existsSync(file)) refuseUnknownFile(file, migrations.length);
  if (onDisk) keepDatabasePrivate(file);

  let db: ClinicDatabase;
  try {
    db = openDatabase(file);
  } catch (error) {
    throw explainOpenFailure(error, file);
  }
  try {
    applyConnectionPragmas(db);
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw explainOpenFailure(error, file);
  }
}

/**
 * The data folder and the database, owner-only, before SQLite opens the file. SQLite gives the WAL
 * and shared-memory files it creates the database file's own mode, so they are private from their
 * first byte; side files left by an older version (after a crash) are narrowed here too.
 */
function keepDatabasePrivate(file: string): void {
  try {
    privateFolder(dirname(file));
    privateFile(file);
    for (const suffix of ['-wal', '-shm']) privateIfPresent(file + suffix);
  } catch (error) {
    // A file or folder this account may not change cannot be written either: SQLite then opens it
    // read-only, and a write is refused with a message naming the folder (see `explainOpenFailure`).
    if (!UNCHANGEABLE.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
}

const UNCHANGEABLE = new Set(['EPERM', 'EACCES', 'EROFS']);

/** Reads the header through a read-only connection, so a refused file stays byte-for-byte as it was. */
function refuseUnknownFile(file: string, supportedVersion: number): void {
  lookIntoDatabase(file, (probe) => {
    const applicationId = probe.pragma('application_id', { simple: true }) as number;
    const fileVersion = probe.pragma('user_version', { simple: true }) as number;
    if (applicationId !== 0 && applicationId !== APPLICATION_ID) {
      throw new ForeignDatabaseError(applicationId);
    }
    // Every FasciaMap migration stamps the id, so an unstamped file is ours only while still blank.
    if (applicationId === 0 && (fileVersion !== 0 || holdsAnything(probe))) {
      throw new ForeignDatabaseError(applicationId);
    }
    if (fileVersion > supportedVersion) throw new NewerDatabaseError(fileVersion, supportedVersion);
  });
}

/** Whether the database has any table, index, view or trigger at all. */
function holdsAnything(db: ClinicDatabase): boolean {
  return db.prepare('SELECT 1 FROM sqlite_schema LIMIT 1').get() !== undefined;
}

/**
 * Connection settings are not all persistent (a reopened WAL database reports synchronous=NORMAL),
 * so they are set on every open. FULL makes each acknowledged commit durable even on power loss.
 */
export function applyConnectionPragmas(db: ClinicDatabase): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

/**
 * The list's length is the schema version a database is checked against, and each migration's own
 * number is what `user_version` records, so the two must agree: 1, 2, 3… in order, no gaps. Checked
 * before the file is touched, so a misnumbered list never writes a version it cannot vouch for.
 */
function checkNumbering(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration "${migration.name}" is numbered ${migration.version} but stands at ${index + 1} in the list.`,
      );
    }
  });
}

function migrate(db: ClinicDatabase, migrations: readonly Migration[]): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    // One transaction per migration: a crash mid-way leaves the previous version intact.
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
      db.pragma(`application_id = ${APPLICATION_ID}`);
    })();
  }
}
