import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../../../test-support/temp-db';
import { openClinicDatabase, type ClinicDatabase } from '../open';
import { MIGRATIONS } from './index';

let folder: ReturnType<typeof tempFolder>;

/** A database migrated exactly up to `version`, as an older FasciaMap would have left it. */
function databaseAt(version: number): ClinicDatabase {
  return openClinicDatabase(join(folder.path, `v${version}.sqlite`), {
    migrations: MIGRATIONS.slice(0, version),
  });
}

function columns(db: ClinicDatabase, table: string): string[] {
  return (db.pragma(`table_info(${table})`) as { name: string }[]).map((column) => column.name);
}

beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

describe('migration 1: clients', () => {
  it('creates the clients table with its name index', () => {
    const db = databaseAt(1);
    expect(columns(db, 'clients')).toEqual([
      'id',
      'given_name',
      'family_name',
      'date_of_birth',
      'phone',
      'email',
      'created_at',
      'updated_at',
    ]);
    expect(
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'clients_by_name'").get(),
    ).toBeTruthy();
    db.close();
  });

  it('is a STRICT table, so a wrongly typed value cannot slip in', () => {
    const db = databaseAt(1);
    expect(() =>
      db
        .prepare('INSERT INTO clients VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run('id', 'A', 'B', Buffer.from('1980'), '', '', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    ).toThrow(/cannot store BLOB value in TEXT column/);
    db.close();
  });
});

describe('migration 2: access and audit', () => {
  it('creates profiles, the idle-lock policy at 10 minutes, and the audit log', () => {
    const db = databaseAt(2);
    expect(columns(db, 'profiles')).toEqual(['id', 'display_name', 'passphrase_hash', 'created_at']);
    expect(db.prepare('SELECT idle_lock_seconds FROM access_policy').get()).toEqual({
      idle_lock_seconds: 600,
    });
    expect(columns(db, 'audit_log')).toEqual([
      'seq',
      'at',
      'profile_id',
      'call',
      'action',
      'record_ids',
      'prev_hash',
      'hash',
    ]);
    db.close();
  });

  it('makes the audit log append-only', () => {
    const db = databaseAt(2);
    db.prepare(
      "INSERT INTO audit_log (at, profile_id, call, action, record_ids, prev_hash, hash) VALUES ('t', NULL, 'c', 'viewed', '[]', '', 'h')",
    ).run();
    expect(() => db.prepare("UPDATE audit_log SET action = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 1 });
    db.close();
  });
});

describe('migration 3: clinical records', () => {
  it('keeps clients written by earlier versions and gives them empty intake fields', () => {
    const old = databaseAt(2);
    old
      .prepare('INSERT INTO clients VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run('c1', 'Ana', 'Ruiz', '1980-01-01', '', '', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
    old.close();
    const db = openClinicDatabase(join(folder.path, 'v2.sqlite'), { migrations: MIGRATIONS.slice(0, 3) });
    expect(db.prepare('SELECT given_name, conditions, goals, deleted_at FROM clients').get()).toEqual({
      given_name: 'Ana',
      conditions: '[]',
      goals: '',
      deleted_at: null,
    });
    db.close();
  });

  it('ships the Castro-Sánchez 2011 and weekly open-ended protocols as editable rows', () => {
    const db = databaseAt(3);
    const templates = db
      .prepare(
        'SELECT name, session_count, interval_days, session_minutes FROM protocol_templates ORDER BY name',
      )
      .all();
    expect(templates).toEqual([
      {
        name: 'Castro-Sánchez 2011 fibromyalgia trial',
        session_count: 20,
        interval_days: 7,
        session_minutes: 90,
      },
      { name: 'Weekly, open-ended', session_count: null, interval_days: 7, session_minutes: 60 },
    ]);
    db.close();
  });

  it('indexes the list and search queries', () => {
    const db = databaseAt(3);
    const indexes = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[]
    ).map((row) => row.name);
    expect(indexes).toEqual(
      expect.arrayContaining([
        'sessions_by_client',
        'sessions_by_course',
        'sessions_by_time',
        'courses_by_client',
      ]),
    );
    db.close();
  });

  it('refuses any change to a signed session and any edit of an addendum, below the services', () => {
    const db = databaseAt(3);
    const at = '2026-01-01T00:00:00Z';
    db.prepare(
      'INSERT INTO clients (id, given_name, family_name, date_of_birth, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run('c1', 'Ana', 'Ruiz', '1980-01-01', at, at);
    db.prepare(
      `INSERT INTO sessions (id, client_id, starts_at, planned_minutes, status, subjective, created_at, updated_at)
       VALUES ('s1', 'c1', '2026-01-01T10:00', 60, 'signed', 'Signed words', ?, ?)`,
    ).run(at, at);
    expect(() => db.prepare("UPDATE sessions SET subjective = 'changed' WHERE id = 's1'").run()).toThrow(
      /locked/,
    );
    db.prepare("INSERT INTO session_addenda VALUES ('a1', 's1', 'Correction', 'Dr A', ?)").run(at);
    expect(() => db.prepare("UPDATE session_addenda SET body = 'x'").run()).toThrow(/not edited/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO sessions (id, client_id, starts_at, planned_minutes, status, pain_before, created_at, updated_at) VALUES ('s2', 'c1', 'x', 60, 'planned', 11, ?, ?)",
        )
        .run(at, at),
    ).toThrow(/CHECK constraint/);
    db.close();
  });
});

describe('migration 4: outcomes', () => {
  const at = '2026-01-01T00:00:00Z';
  function withCourse(db: ClinicDatabase): void {
    db.prepare(
      'INSERT INTO clients (id, given_name, family_name, date_of_birth, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run('c1', 'Ana', 'Ruiz', '1980-01-01', at, at);
    db.prepare(
      `INSERT INTO courses (id, client_id, name, start_date, session_count, interval_days, session_minutes, created_at, updated_at)
       VALUES ('k1', 'c1', 'Trial', '2026-01-05', 20, 7, 90, ?, ?)`,
    ).run(at, at);
  }
  const insertAssessment = (db: ClinicDatabase, id: string, course: string | null, position: number | null) =>
    db
      .prepare('INSERT INTO outcome_assessments VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, 'c1', course, position, '2026-01-05', '{}', at);

  it('fulfils each scheduled point of a course at most once, and only within a course', () => {
    const db = databaseAt(4);
    withCourse(db);
    insertAssessment(db, 'a1', 'k1', 0);
    insertAssessment(db, 'a2', 'k1', null);
    insertAssessment(db, 'a3', 'k1', null);
    expect(() => insertAssessment(db, 'a4', 'k1', 0)).toThrow(/UNIQUE/);
    expect(() => insertAssessment(db, 'a5', null, 1)).toThrow(/CHECK/);
    db.close();
  });

  it('names the instrument of an other measure and only then, and cascades from the assessment', () => {
    const db = databaseAt(4);
    withCourse(db);
    insertAssessment(db, 'a1', 'k1', 0);
    const measure = db.prepare('INSERT INTO outcome_measures VALUES (?, ?, ?, ?, ?, ?)');
    measure.run('a1', 0, 'fiqr', '', 47.5, 1);
    measure.run('a1', 1, 'other', 'HADS anxiety', 9, 1);
    expect(() => measure.run('a1', 2, 'other', '', 9, 1)).toThrow(/CHECK/);
    expect(() => measure.run('a1', 3, 'fiqr', 'FIQR', 9, 1)).toThrow(/CHECK/);
    expect(() => measure.run('a1', 4, 'mood', '', 9, 1)).toThrow(/CHECK/);
    db.prepare("DELETE FROM outcome_assessments WHERE id = 'a1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM outcome_measures').get()).toEqual({ n: 0 });
    db.close();
  });
});
