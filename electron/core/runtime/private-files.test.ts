import { chmodSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../db/connection';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFolder } from '../backups/files';
import { tempFolder, openTestRuntime } from '../../test-support/temp-db';
import type { ClinicRuntime } from './clinic-runtime';

let folder: ReturnType<typeof tempFolder>;
let dataDir: string;
let file: string;
let runtime: ClinicRuntime | undefined;
let umaskBefore: number;

const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);
const open = () => openTestRuntime(file, () => new Date('2026-03-02T09:30:00Z'));

beforeEach(() => {
  // The usual umask, which leaves new files readable by everyone unless the app says otherwise.
  umaskBefore = process.umask(0o022);
  folder = tempFolder();
  dataDir = join(folder.path, 'FasciaMap');
  file = join(dataDir, 'fasciamap.sqlite');
});
afterEach(() => {
  runtime?.close();
  runtime = undefined;
  process.umask(umaskBefore);
  folder.remove();
});

describe.skipIf(process.platform === 'win32')('the data folder and its files', () => {
  it('are kept to the owner: folder 0700; database, WAL, shared memory, audit head and backups 0600', async () => {
    runtime = open();
    const made = await runtime.dispatch('access.createProfile', {
      displayName: 'Ana',
      passphrase: 'a long clinic passphrase',
    });
    expect(made.ok).toBe(true);
    const backup = await runtime.dispatch('backups.create', {});
    expect(backup.ok).toBe(true);

    expect(mode(dataDir)).toBe('700');
    // The connection is open, so the WAL and shared-memory files exist beside the database.
    for (const name of [
      'fasciamap.sqlite',
      'fasciamap.sqlite-wal',
      'fasciamap.sqlite-shm',
      'audit-head.json',
    ])
      expect([name, mode(join(dataDir, name))]).toEqual([name, '600']);
    // The backup and the audit head written beside it.
    const backups = readdirSync(backupFolder(file));
    expect(backups).toHaveLength(2);
    for (const name of backups) expect([name, mode(join(backupFolder(file), name))]).toEqual([name, '600']);
  });

  it('narrows a data folder and database left open to others by an earlier version', () => {
    mkdirSync(dataDir, { mode: 0o755 });
    const earlier = openDatabase(file);
    earlier.pragma('journal_mode = WAL');
    earlier.close();
    chmodSync(dataDir, 0o755);
    chmodSync(file, 0o644);

    runtime = open();
    expect(mode(dataDir)).toBe('700');
    expect(mode(file)).toBe('600');
  });
});
