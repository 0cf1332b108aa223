import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDLE_LOCK_LIMITS } from '../../../shared/api/access';
import { backupFolder, listBackups } from '../backups/files';
import { isBackupDue } from '../backups/schedule';
import { openClinicDatabase } from '../db/open';
import { tempFolder, openTestRuntime } from '../../test-support/temp-db';
import type { ClinicRuntime } from './clinic-runtime';
import { LOST_FILE_REASON } from './open-checked';

let folder: ReturnType<typeof tempFolder>;
let file: string;
let clock: Date;
const PASS = 'a long clinic passphrase';

const open = (): ClinicRuntime => openTestRuntime(file, () => clock);
const at = (time: string) => new Date(`2026-03-02T${time}:00Z`);
const backupNames = () => listBackups(backupFolder(file)).map((backup) => backup.name);

async function ok(runtime: ClinicRuntime, name: string, input: unknown = {}): Promise<unknown> {
  const result = await runtime.dispatch(name, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/**
 * The app's life from start to quit, as Electron's main and the browser host run it: the daily
 * backup when one is due, then `work`, then the backup on quit.
 */
async function startAndQuit(start: string, quit: string, work?: (runtime: ClinicRuntime) => Promise<void>) {
  clock = at(start);
  const runtime = open();
  try {
    if (isBackupDue(listBackups(backupFolder(file))[0], clock)) await runtime.backup('daily');
    await work?.(runtime);
    clock = at(quit);
    await runtime.backup('quit');
    return runtime.recovery();
  } finally {
    runtime.close();
  }
}

/** A clinic's morning: a therapist and a client, backed up by hand at 09:00 and again at 12:00. */
async function morningWithTwoGoodBackups(): Promise<string[]> {
  const made: string[] = [];
  await startAndQuit('08:00', '12:30', async (runtime) => {
    await ok(runtime, 'access.createProfile', { displayName: 'Ana', passphrase: PASS });
    // The morning passes in hours between calls; main's idle lock is not what these tests are about.
    await ok(runtime, 'access.setIdleLock', { seconds: IDLE_LOCK_LIMITS.max });
    await ok(runtime, 'clients.create', {
      givenName: 'Lucía',
      familyName: 'Moreno',
      dateOfBirth: '1980-01-01',
    });
    clock = at('09:00');
    made.push(((await ok(runtime, 'backups.create')) as { name: string }).name);
    await ok(runtime, 'clients.create', {
      givenName: 'Marta',
      familyName: 'Ortega',
      dateOfBirth: '1975-05-05',
    });
    clock = at('12:00');
    made.push(((await ok(runtime, 'backups.create')) as { name: string }).name);
  });
  return made;
}

/** Five starts and quits in one afternoon, 14:00 to 14:50. */
async function fiveStartsAndQuits() {
  const recoveries = [];
  for (let cycle = 0; cycle < 5; cycle += 1) {
    recoveries.push(await startAndQuit(`14:${cycle}0`, `14:${cycle}5`));
  }
  return recoveries;
}

beforeEach(() => {
  folder = tempFolder();
  file = join(folder.path, 'fasciamap.sqlite');
});
afterEach(() => folder.remove());

describe('a clinic whose database file has gone', () => {
  const fileLeft = () => (existsSync(file) ? `${statSync(file).size} bytes` : 'none');
  for (const [loss, lose, left] of [
    ['missing', () => rmSync(file), 'none'],
    ['empty (zero bytes)', () => writeFileSync(file, ''), '0 bytes'],
  ] as const) {
    it(`${loss}: five starts and quits open the recovery screen each time, and keep both good backups`, async () => {
      const good = await morningWithTwoGoodBackups();
      const newest = backupNames()[0]!;
      lose();
      const recoveries = await fiveStartsAndQuits();
      expect(recoveries).toEqual(Array(5).fill({ reason: LOST_FILE_REASON, newestGoodBackup: newest }));
      expect(backupNames()).toEqual(expect.arrayContaining(good));
      expect(backupNames()).toHaveLength(3);
      expect(fileLeft(), 'no new clinic was started in its place').toBe(left);
    });
  }

  it('comes back whole when the offered backup is restored, without a profile to unlock with first', async () => {
    await morningWithTwoGoodBackups();
    rmSync(file);
    clock = at('14:00');
    const runtime = open();
    try {
      const offered = runtime.recovery()!.newestGoodBackup!;
      expect(existsSync(file), 'no new clinic was started').toBe(false);
      await ok(runtime, 'backups.restore', { name: offered });
      expect(runtime.recovery()).toBeNull();
      await ok(runtime, 'access.unlock', {
        profileId: runtime.db().prepare('SELECT id FROM profiles').pluck().get(),
        passphrase: PASS,
      });
      expect(runtime.db().prepare('SELECT family_name FROM clients ORDER BY 1').pluck().all()).toEqual([
        'Moreno',
        'Ortega',
      ]);
    } finally {
      runtime.close();
    }
  });

  it('starts a new clinic on a first run: no file and no backups', async () => {
    clock = at('08:00');
    const runtime = open();
    try {
      expect(runtime.recovery()).toBeNull();
      expect(await ok(runtime, 'access.status')).toMatchObject({ state: 'setup' });
    } finally {
      runtime.close();
    }
    expect(existsSync(file)).toBe(true);
  });

  it('starts a new clinic when the only backups are of one that never held a record', async () => {
    // Started and quit without anyone setting up a profile: the daily and quit backups are empty.
    await startAndQuit('08:00', '08:05');
    expect(backupNames()).toHaveLength(2);
    rmSync(file);
    expect(await startAndQuit('09:00', '09:05')).toBeNull();
  });
});

describe('a clinic emptied behind the app’s back (a new, empty file in its place)', () => {
  it('backs up the empty clinic five times over without displacing the newest good backup', async () => {
    await morningWithTwoGoodBackups();
    const newestGood = backupNames()[0]!;
    rmSync(file);
    openClinicDatabase(file).close();
    const recoveries = await fiveStartsAndQuits();
    // The file is sound, so it opens; its backups hold no records, so the rotation keeps the 12:30 one.
    expect(recoveries).toEqual(Array(5).fill(null));
    expect(newestGood).toBe('fasciamap-20260302T123000000Z-quit.sqlite');
    expect(backupNames()).toEqual([
      'fasciamap-20260302T144500000Z-quit.sqlite',
      'fasciamap-20260302T143500000Z-quit.sqlite',
      'fasciamap-20260302T142500000Z-quit.sqlite',
      newestGood,
    ]);
  });
});
