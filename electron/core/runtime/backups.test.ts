import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../db/connection';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFolder } from '../backups/files';
import { NewerDatabaseError } from '../db/errors';
import { SCHEMA_VERSION } from '../db/migrations';
import { APPLICATION_ID } from '../db/open';
import { openClinicRuntime, type ClinicRuntime } from './clinic-runtime';
import { tempFolder, TEST_PASSPHRASE_COST } from '../../test-support/temp-db';

let folder: ReturnType<typeof tempFolder>;
let file: string;
let runtime: ClinicRuntime;
let clock: Date;

function open(): ClinicRuntime {
  return openClinicRuntime({
    file,
    appVersion: 'test',
    now: () => clock,
    passphraseCost: TEST_PASSPHRASE_COST,
  });
}
const call = (name: string, input: unknown = {}) => runtime.dispatch(name, input);
const PASS = 'a long clinic passphrase';

async function unlock(): Promise<void> {
  const status = await call('access.status');
  const value = status.ok ? (status.value as { state: string; profiles: { id: string }[] }) : undefined;
  const result =
    value?.state === 'setup'
      ? await call('access.createProfile', { displayName: 'Ana', passphrase: PASS })
      : await call('access.unlock', { profileId: value?.profiles[0]?.id, passphrase: PASS });
  if (!result.ok) throw new Error(result.error.message);
}

async function addClient(givenName: string): Promise<void> {
  const result = await call('clients.create', { givenName, familyName: 'Test', dateOfBirth: '1980-01-01' });
  if (!result.ok) throw new Error(result.error.message);
}
const clientNames = () =>
  runtime.db().prepare('SELECT given_name FROM clients ORDER BY given_name').pluck().all();

/** Overwrites the middle of the file's table pages, as a failing disk might. */
function damage(path: string): void {
  const fd = openSync(path, 'r+');
  const size = statSync(path).size;
  for (let offset = 4096 * 2; offset < size; offset += 4096)
    writeSync(fd, Buffer.alloc(600, 0xa5), 0, 600, offset + 100);
  closeSync(fd);
}

beforeEach(async () => {
  folder = tempFolder();
  file = join(folder.path, 'fasciamap.sqlite');
  clock = new Date('2026-03-02T09:30:00Z');
  runtime = open();
  await unlock();
});
afterEach(() => {
  runtime.close();
  folder.remove();
});

describe('backups', () => {
  it('backs up now into backups/ beside the database, with SQLite’s online backup', async () => {
    await addClient('Ana');
    const made = await call('backups.create');
    expect(made).toMatchObject({
      ok: true,
      value: { name: 'fasciamap-20260302T093000000Z-manual.sqlite', reason: 'manual' },
    });
    const copy = openDatabase(join(backupFolder(file), 'fasciamap-20260302T093000000Z-manual.sqlite'), {
      readonly: true,
    });
    expect(copy.prepare('SELECT given_name FROM clients').pluck().all()).toEqual(['Ana']);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
  });

  it('rotates as backups accumulate over days', async () => {
    for (let day = 0; day < 20; day += 1) {
      clock = new Date(Date.UTC(2026, 2, 2 + day, 18));
      await runtime.backup('daily');
    }
    // Twenty days on, main's idle lock has locked the app.
    await unlock();
    const listed = await call('backups.list');
    const names = listed.ok
      ? (listed.value as { backups: { name: string }[] }).backups.map((b) => b.name)
      : [];
    expect(names.length).toBeLessThanOrEqual(13);
    expect(names[0]).toBe('fasciamap-20260321T180000000Z-daily.sqlite');
  });

  it('restores a backup, keeping the current file aside first', async () => {
    await addClient('Ana');
    const made = await call('backups.create');
    const name = made.ok ? (made.value as { name: string }).name : '';
    await addClient('Bea');
    clock = new Date('2026-03-02T10:00:00Z');
    // Half an hour on, past the idle time: main has locked the app.
    await unlock();

    const restored = await call('backups.restore', { name });
    expect(restored).toMatchObject({
      ok: true,
      value: { restored: { name }, keptAsideAs: 'replaced-20260302T100000000Z.sqlite' },
    });
    // Whoever restored unlocks again: the restored file may hold other profiles.
    expect(await call('clients.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    await unlock();
    expect(clientNames()).toEqual(['Ana']);
    const aside = openDatabase(join(backupFolder(file), 'replaced-20260302T100000000Z.sqlite'), {
      readonly: true,
    });
    expect(aside.prepare('SELECT given_name FROM clients ORDER BY 1').pluck().all()).toEqual(['Ana', 'Bea']);
    aside.close();
  });

  it('refuses to restore a damaged backup and leaves the clinic as it was', async () => {
    await addClient('Ana');
    const made = await call('backups.create');
    const name = made.ok ? (made.value as { name: string }).name : '';
    damage(join(backupFolder(file), name));
    const result = await call('backups.restore', { name });
    expect(!result.ok && result.error.code).toBe('CONFLICT');
    expect(clientNames()).toEqual(['Ana']);
    expect(readdirSync(backupFolder(file)).some((entry) => entry.startsWith('replaced-'))).toBe(false);
  });

  it('refuses names that are not backups, so no call reaches another folder', async () => {
    for (const name of [
      '../fasciamap.sqlite',
      '/etc/passwd',
      'fasciamap-20260302T093000000Z-manual.sqlite/../../x',
    ]) {
      expect((await call('backups.restore', { name })).ok).toBe(false);
    }
    expect((await call('backups.restore', { name: 'fasciamap-20260302T093000000Z-manual.sqlite' })).ok).toBe(
      false,
    );
  });
});

describe('start-up check', () => {
  async function damagedClinicWithBackup(): Promise<string> {
    for (let index = 0; index < 200; index += 1) await addClient(`Client ${index}`);
    const made = await call('backups.create');
    runtime.close();
    damage(file);
    runtime = open();
    return made.ok ? (made.value as { name: string }).name : '';
  }

  it('opens a damaged file read-only, offers the newest good backup, and refuses writes clearly', async () => {
    const name = await damagedClinicWithBackup();
    expect(runtime.recovery()).toEqual({
      reason: expect.stringMatching(/integrity check|damaged/),
      newestGoodBackup: name,
    });
    const status = await call('access.status');
    expect(status).toMatchObject({ ok: true, value: { recovery: { newestGoodBackup: name } } });
    const write = await call('clients.create', {
      givenName: 'New',
      familyName: 'Client',
      dateOfBirth: '1980-01-01',
    });
    expect(write).toMatchObject({
      ok: false,
      error: { code: 'READ_ONLY', message: expect.stringContaining('Restore a backup') },
    });
  });

  it('restores the offered backup without unlocking, and the clinic works again', async () => {
    const name = await damagedClinicWithBackup();
    expect(await call('backups.list')).toMatchObject({
      ok: true,
      value: { recovery: { newestGoodBackup: name } },
    });
    expect((await call('backups.restore', { name })).ok).toBe(true);
    expect(runtime.recovery()).toBeNull();
    await unlock();
    await addClient('After');
    expect(clientNames()).toHaveLength(201);
    expect(runtime.db().pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses a database from a newer FasciaMap at start, leaving it as it was with nothing beside it', () => {
    const newerFolder = join(folder.path, 'newer');
    mkdirSync(newerFolder);
    const newerFile = join(newerFolder, 'fasciamap.sqlite');
    const newer = openDatabase(newerFile);
    newer.pragma('journal_mode = WAL');
    newer.exec('CREATE TABLE future (x)');
    newer.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    newer.pragma(`application_id = ${APPLICATION_ID}`);
    newer.close();
    const before = readFileSync(newerFile);

    expect(() => openClinicRuntime({ file: newerFile, appVersion: 'test', now: () => clock })).toThrow(
      NewerDatabaseError,
    );
    expect(readdirSync(newerFolder)).toEqual(['fasciamap.sqlite']);
    expect(readFileSync(newerFile).equals(before)).toBe(true);
  });

  it('leaves a sound database alone', async () => {
    runtime.close();
    runtime = open();
    expect(runtime.recovery()).toBeNull();
    expect(existsSync(backupFolder(file))).toBe(false);
  });
});
