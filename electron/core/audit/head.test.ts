import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../db/connection';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFolder } from '../backups/files';
import type { ClinicRuntime } from '../runtime/clinic-runtime';
import { tempFolder, openTestRuntime } from '../../test-support/temp-db';
import { entryHash } from './chain';
import { HEAD_FILE } from './head';

let folder: ReturnType<typeof tempFolder>;
let file: string;
let runtime: ClinicRuntime;
let clock: Date;
const PASS = 'a long clinic passphrase';
const GUARD = `CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'The audit log is append-only'); END`;

const open = () => openTestRuntime(file, () => clock);
const call = (name: string, input: unknown = {}) => runtime.dispatch(name, input);

async function unlock(): Promise<void> {
  const profileId = runtime.db().prepare('SELECT id FROM profiles').pluck().get();
  const result = await call('access.unlock', { profileId, passphrase: PASS });
  if (!result.ok) throw new Error(result.error.message);
}
async function addClient(givenName: string): Promise<void> {
  const result = await call('clients.create', { givenName, familyName: 'Castro', dateOfBirth: '1971-04-23' });
  if (!result.ok) throw new Error(result.error.message);
}
async function verdict(): Promise<unknown> {
  const result = await call('audit.verify');
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
async function restart(): Promise<void> {
  runtime.close();
  runtime = open();
  await unlock();
}
const entryCount = (path = file) => {
  const raw = openDatabase(path, { readonly: true });
  const count = raw.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  raw.close();
  return count;
};

/**
 * What someone with the file and an SQLite tool can do: lift the guard, delete the newest entries,
 * and put the guard back so nothing looks touched.
 */
function cutNewest(path: string, count: number): void {
  const raw = openDatabase(path);
  raw.exec('DROP TRIGGER audit_log_no_delete');
  raw.prepare('DELETE FROM audit_log WHERE seq > (SELECT max(seq) FROM audit_log) - ?').run(count);
  raw.exec(GUARD);
  raw.close();
}

beforeEach(async () => {
  folder = tempFolder();
  file = join(folder.path, 'fasciamap.sqlite');
  clock = new Date('2026-03-02T09:30:00Z');
  runtime = open();
  const made = await call('access.createProfile', { displayName: 'Ana', passphrase: PASS });
  if (!made.ok) throw new Error(made.error.message);
  for (const name of ['Ana', 'Bea', 'Carmen', 'Dolores']) await addClient(name);
});
afterEach(() => {
  runtime.close();
  folder.remove();
});

describe('the audit head kept outside the file', () => {
  it('finds the newest entries cut off while the app was closed, and keeps saying so', async () => {
    runtime.close();
    const recorded = entryCount();
    cutNewest(file, 3);
    runtime = open();
    await unlock();

    const expected = {
      intact: false,
      entries: recorded - 3 + 1, // the unlock since
      firstBrokenSeq: null,
      cutOff: { recordedEntries: recorded },
    };
    expect(await verdict()).toEqual(expected);
    // More entries after the cut do not paper over it, nor does another start.
    await addClient('Elena');
    await addClient('Fátima');
    await addClient('Gloria');
    await restart();
    expect(await verdict()).toMatchObject({ intact: false, cutOff: { recordedEntries: recorded } });
  });

  it('finds the newest entries replaced by forged ones of the same number, chained correctly', async () => {
    runtime.close();
    const recorded = entryCount();
    const raw = openDatabase(file);
    raw.exec('DROP TRIGGER audit_log_no_delete');
    raw.prepare('DELETE FROM audit_log WHERE seq > ?').run(recorded - 2);
    let previous = raw
      .prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1')
      .pluck()
      .get() as string;
    for (let seq = recorded - 1; seq <= recorded; seq += 1) {
      const entry = {
        seq,
        at: '2026-03-02T09:30:00.000Z',
        profileId: null,
        call: 'app.info',
        action: 'viewed',
        recordIds: [],
      };
      const hash = entryHash(previous, entry);
      raw
        .prepare(
          'INSERT INTO audit_log (seq, at, profile_id, call, action, record_ids, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(seq, entry.at, null, entry.call, entry.action, '[]', previous, hash);
      previous = hash;
    }
    raw.exec(GUARD);
    raw.close();
    expect(entryCount()).toBe(recorded);

    runtime = open();
    await unlock();
    expect(await verdict()).toMatchObject({
      intact: false,
      firstBrokenSeq: null,
      cutOff: { recordedEntries: recorded },
    });
  });

  it('finds entries cut off while the app is running', async () => {
    const recorded = entryCount();
    cutNewest(file, 2);
    expect(await verdict()).toMatchObject({ intact: false, cutOff: { recordedEntries: recorded } });
  });

  it('reports an untouched log as intact, across restarts', async () => {
    await restart();
    await restart();
    expect(await verdict()).toMatchObject({ intact: true, cutOff: null });
  });

  it('takes a restored backup’s own head as the reference: a legitimate rewind is no alarm', async () => {
    const made = await call('backups.create');
    const name = made.ok ? (made.value as { name: string }).name : '';
    await addClient('Elena');
    await addClient('Fátima');
    // Five minutes on: within the idle lock, so the restore is made by the therapist still unlocked.
    clock = new Date('2026-03-02T09:35:00Z');

    expect(await call('backups.restore', { name })).toMatchObject({ ok: true });
    await unlock();
    expect(await verdict()).toMatchObject({ intact: true, cutOff: null });
    await restart();
    expect(await verdict()).toMatchObject({ intact: true, cutOff: null });
  });

  it('finds a backup whose newest entries were cut off after it was made, once restored', async () => {
    const made = await call('backups.create');
    const name = made.ok ? (made.value as { name: string }).name : '';
    const backup = join(backupFolder(file), name);
    const recorded = entryCount(backup);
    cutNewest(backup, 2);

    expect(await call('backups.restore', { name })).toMatchObject({ ok: true });
    await unlock();
    expect(await verdict()).toMatchObject({ intact: false, cutOff: { recordedEntries: recorded } });
  });

  it('keeps the head in the data folder and one beside each backup still kept', async () => {
    for (let day = 0; day < 20; day += 1) {
      clock = new Date(Date.UTC(2026, 2, 2 + day, 18));
      await runtime.backup('daily');
    }
    expect(existsSync(join(folder.path, HEAD_FILE))).toBe(true);
    const files = readdirSync(backupFolder(file));
    const backups = files.filter((name) => name.endsWith('.sqlite'));
    expect(files.filter((name) => name.endsWith('.audit-head.json')).sort()).toEqual(
      backups.map((name) => `${name}.audit-head.json`).sort(),
    );
  });
});
