import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../../testing/temp-db';
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
