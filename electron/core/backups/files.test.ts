import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openClinicDatabase, type ClinicDatabase } from '../db/open';
import { lookIntoDatabase } from '../db/read-only';
import { insertProfile } from '../db/repositories/profiles';
import { tempFolder } from '../../test-support/temp-db';
import { checkDatabaseFile, createBackup, isGoodBackup } from './files';
import { holdsRecords } from './records';

let folder: ReturnType<typeof tempFolder>;
let backups: string;
let db: ClinicDatabase;
const at = (hour: number) => new Date(Date.UTC(2026, 2, 2, hour));

beforeEach(() => {
  folder = tempFolder();
  backups = join(folder.path, 'backups');
  db = openClinicDatabase(join(folder.path, 'fasciamap.sqlite'));
});
afterEach(() => {
  db.close();
  folder.remove();
});

function addTherapist(): void {
  insertProfile(db, { id: 'p1', displayName: 'Ana', hash: 'scrypt$test', createdAt: at(8).toISOString() });
}

describe('a backup file', () => {
  it('is a single file in a rollback journal, with nothing beside it even after being checked', async () => {
    addTherapist();
    const made = await createBackup(db, backups, at(9), 'manual');
    expect(readdirSync(backups)).toEqual([made.name]);
    const file = join(backups, made.name);
    expect(lookIntoDatabase(file, (copy) => copy.pragma('journal_mode', { simple: true }))).toBe('delete');
    expect(checkDatabaseFile(file)).toEqual({
      ok: true,
      schemaVersion: expect.any(Number),
      holdsRecords: true,
    });
    expect(readdirSync(backups)).toEqual([made.name]);
  });

  it('takes its side files with it when the rotation removes it', async () => {
    addTherapist();
    const oldest = await createBackup(db, backups, at(9), 'manual');
    // Left beside it by an older FasciaMap, whose backups kept the live file's WAL mode.
    for (const suffix of ['-wal', '-shm', '-journal']) writeFileSync(join(backups, oldest.name + suffix), '');
    for (const hour of [10, 11, 12]) await createBackup(db, backups, at(hour), 'manual');
    const left = readdirSync(backups);
    expect(left).toHaveLength(3);
    expect(left.filter((name) => name.startsWith(oldest.name))).toEqual([]);
  });
});

describe('holdsRecords and good backups', () => {
  it('finds no records in a clinic that was only started', async () => {
    expect(holdsRecords(db)).toBe(false);
    const made = await createBackup(db, backups, at(9), 'daily');
    expect(isGoodBackup(checkDatabaseFile(join(backups, made.name)))).toBe(false);
  });

  it('finds a therapist profile, or a client, as records', () => {
    addTherapist();
    expect(holdsRecords(db)).toBe(true);
    db.exec('DELETE FROM profiles');
    db.prepare(
      "INSERT INTO clients (id, given_name, family_name, date_of_birth, created_at, updated_at) VALUES ('c1', 'Lucía', 'Moreno', '1980-01-01', ?, ?)",
    ).run(at(8).toISOString(), at(8).toISOString());
    expect(holdsRecords(db)).toBe(true);
  });

  it('counts tables an older schema lacks as empty', () => {
    const old = openClinicDatabase(join(folder.path, 'old.sqlite'), { migrations: [] });
    try {
      old.exec('CREATE TABLE clients (id TEXT PRIMARY KEY)');
      expect(holdsRecords(old)).toBe(false);
      old.exec("INSERT INTO clients VALUES ('c1')");
      expect(holdsRecords(old)).toBe(true);
    } finally {
      old.close();
    }
  });
});
