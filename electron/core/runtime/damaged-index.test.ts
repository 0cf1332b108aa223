import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFolder, createBackup, DamagedClinicError, listBackups } from '../backups/files';
import { passesCheck } from '../db/integrity';
import { openClinicDatabase } from '../db/open';
import { lookIntoDatabase } from '../db/read-only';
import { damageIndexEntry, redeclareIndex } from '../../test-support/damage';
import { tempFolder, openTestRuntime } from '../../test-support/temp-db';
import type { ClinicRuntime } from './clinic-runtime';

let folder: ReturnType<typeof tempFolder>;
let file: string;
let clock: Date;

const open = (): ClinicRuntime => openTestRuntime(file, () => clock);

/** A clinic with a therapist and three clients, backed up by hand once, then closed. */
async function clinicWithGoodBackup(): Promise<string> {
  const runtime = open();
  try {
    const made = await runtime.dispatch('access.createProfile', {
      displayName: 'Ana',
      passphrase: 'a long clinic passphrase',
    });
    if (!made.ok) throw new Error(made.error.message);
    for (const familyName of ['Moreno', 'Navarro', 'Ortega']) {
      const client = await runtime.dispatch('clients.create', {
        givenName: 'Lucía',
        familyName,
        dateOfBirth: '1980-01-01',
      });
      if (!client.ok) throw new Error(client.error.message);
    }
    const backup = await runtime.dispatch('backups.create', {});
    if (!backup.ok) throw new Error(backup.error.message);
    return (backup.value as { name: string }).name;
  } finally {
    runtime.close();
  }
}

const check = (path: string, kind: 'quick_check' | 'integrity_check') =>
  lookIntoDatabase(path, (db) => passesCheck(db, kind));

beforeEach(() => {
  folder = tempFolder();
  file = join(folder.path, 'fasciamap.sqlite');
  clock = new Date('2026-03-02T09:30:00Z');
});
afterEach(() => folder.remove());

describe('a damaged index, which quick_check does not see', () => {
  it('passes quick_check and fails integrity_check (the premise of the tests below)', async () => {
    await clinicWithGoodBackup();
    damageIndexEntry(file, 'clients_by_name', 'Navarro');
    expect(check(file, 'quick_check')).toBe(true);
    expect(check(file, 'integrity_check')).toBe(false);
  });

  it('is not copied: the backup is refused and nothing is written to the backups folder', async () => {
    await clinicWithGoodBackup();
    damageIndexEntry(file, 'clients_by_name', 'Navarro');
    const before = readdirSync(backupFolder(file)).sort();
    const db = openClinicDatabase(file);
    try {
      clock = new Date('2026-03-02T18:00:00Z');
      await expect(createBackup(db, backupFolder(file), clock, 'quit')).rejects.toThrow(DamagedClinicError);
    } finally {
      db.close();
    }
    expect(readdirSync(backupFolder(file)).sort()).toEqual(before);
  });

  it('is caught at start-up, which opens the recovery screen offering the backup made before it', async () => {
    const good = await clinicWithGoodBackup();
    damageIndexEntry(file, 'clients_by_name', 'Navarro');
    clock = new Date('2026-03-02T18:00:00Z');
    const runtime = open();
    try {
      expect(runtime.recovery()).toEqual({
        reason: 'it failed its integrity check at start-up',
        newestGoodBackup: good,
      });
      // Quitting from the recovery screen backs nothing up.
      expect(await runtime.backup('quit')).toBeUndefined();
      expect(listBackups(backupFolder(file)).map((backup) => backup.name)).toEqual([good]);
    } finally {
      runtime.close();
    }
  });

  it('appearing while the app runs, is refused by the quit backup, which puts the clinic into recovery', async () => {
    const good = await clinicWithGoodBackup();
    const runtime = open();
    try {
      redeclareIndex(
        runtime.db(),
        'clients_by_name',
        'CREATE INDEX clients_by_name ON clients (given_name COLLATE NOCASE, family_name COLLATE NOCASE)',
      );
      expect(passesCheck(runtime.db(), 'quick_check')).toBe(true);
      clock = new Date('2026-03-02T18:00:00Z');
      await expect(runtime.backup('quit')).rejects.toThrow(/integrity check, so it was not backed up/);
      expect(listBackups(backupFolder(file)).map((backup) => backup.name)).toEqual([good]);
      expect(runtime.recovery()).toEqual({
        reason: 'it failed SQLite’s integrity check before a backup',
        newestGoodBackup: good,
      });
      const write = await runtime.dispatch('clients.create', {
        givenName: 'New',
        familyName: 'Client',
        dateOfBirth: '1980-01-01',
      });
      expect(write).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    } finally {
      runtime.close();
    }
  });
});
