import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Connection } from './connection';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../../test-support/temp-db';
import { ForeignDatabaseError, NewerDatabaseError } from './errors';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { APPLICATION_ID, openClinicDatabase } from './open';

let folder: ReturnType<typeof tempFolder>;
let file: string;

beforeEach(() => {
  folder = tempFolder();
  file = join(folder.path, 'clinic.sqlite');
});
afterEach(() => folder.remove());

describe('openClinicDatabase', () => {
  it('creates the file with the current schema and stamps it as ours', () => {
    const db = openClinicDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
  });

  it('sets the connection pragmas on every open, not only the first', () => {
    openClinicDatabase(file).close();
    const db = openClinicDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('creates a missing data folder', () => {
    const nested = join(folder.path, 'a', 'b', 'clinic.sqlite');
    openClinicDatabase(nested).close();
    expect(readFileSync(nested).subarray(0, 15).toString()).toBe('SQLite format 3');
  });

  it('refuses a database from a newer version and leaves it byte for byte unchanged', () => {
    const newer = openDatabase(file);
    newer.exec('CREATE TABLE future (x)');
    newer.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    newer.pragma(`application_id = ${APPLICATION_ID}`);
    newer.close();
    const before = readFileSync(file);

    expect(() => openClinicDatabase(file)).toThrow(NewerDatabaseError);
    expect(() => openClinicDatabase(file)).toThrow(/written by a newer version of FasciaMap/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a newer database in WAL mode, as FasciaMap writes them, leaving no -wal or -shm beside it', () => {
    const newer = openDatabase(file);
    newer.pragma('journal_mode = WAL');
    newer.exec('CREATE TABLE future (x)');
    newer.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    newer.pragma(`application_id = ${APPLICATION_ID}`);
    newer.close();
    const before = readFileSync(file);

    expect(() => openClinicDatabase(file)).toThrow(NewerDatabaseError);
    expect(readdirSync(folder.path)).toEqual(['clinic.sqlite']);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("refuses another application's database and leaves it unchanged", () => {
    const other = openDatabase(file);
    other.pragma('application_id = 12345');
    other.exec('CREATE TABLE t (x)');
    other.close();
    const before = readFileSync(file);
    expect(() => openClinicDatabase(file)).toThrow(ForeignDatabaseError);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses another program’s SQLite file that carries no application id, leaving it as it was', () => {
    const other = openDatabase(file);
    other.exec('CREATE TABLE invoices (number INTEGER PRIMARY KEY, customer TEXT, total REAL)');
    other.prepare('INSERT INTO invoices (customer, total) VALUES (?, ?)').run('Hotel Miramar', 1240.5);
    other.close();
    const before = readFileSync(file);
    const modeBefore = statSync(file).mode;

    expect(() => openClinicDatabase(file)).toThrow(ForeignDatabaseError);
    expect(() => openClinicDatabase(file)).toThrow(
      'This file is not a FasciaMap clinic database (it holds another program’s data); it has not been changed.',
    );
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(statSync(file).mode).toBe(modeBefore);
    expect(readdirSync(folder.path)).toEqual(['clinic.sqlite']);
  });

  it('opens an empty file as a new clinic', () => {
    writeFileSync(file, '');
    const db = openClinicDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('refuses a file that is not a database at all, without changing it', () => {
    writeFileSync(file, 'these are notes, not a database');
    expect(() => openClinicDatabase(file)).toThrow(/not a database/);
    expect(readFileSync(file, 'utf8')).toBe('these are notes, not a database');
  });

  it('rolls back a failing migration and keeps the previous version', () => {
    openClinicDatabase(file).close();
    const broken = [
      ...MIGRATIONS,
      {
        version: SCHEMA_VERSION + 1,
        name: 'broken',
        up: (db: Connection) => {
          db.exec('CREATE TABLE half_done (x)');
          throw new Error('disk full');
        },
      },
    ];
    expect(() => openClinicDatabase(file, { migrations: broken })).toThrow('disk full');
    const db = openClinicDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    db.close();
  });

  it('numbers migrations 1, 2, 3… with no gaps', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
  });

  it('refuses a migration list with a gap or out of order before touching the file', () => {
    const next = { name: 'next', up: (db: Connection) => db.exec('CREATE TABLE next (x)') };
    const gap = [...MIGRATIONS, { ...next, version: SCHEMA_VERSION + 2 }];
    expect(() => openClinicDatabase(file, { migrations: gap })).toThrow(
      `Migration "next" is numbered ${SCHEMA_VERSION + 2} but stands at ${SCHEMA_VERSION + 1} in the list.`,
    );
    const swapped = [MIGRATIONS[1]!, MIGRATIONS[0]!, ...MIGRATIONS.slice(2)];
    expect(() => openClinicDatabase(file, { migrations: swapped })).toThrow(/is numbered 2 but stands at 1/);
    expect(readdirSync(folder.path)).toEqual([]);
  });
});
