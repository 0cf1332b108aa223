import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder, openTestRuntime } from '../../test-support/temp-db';
import { makeUnwritable } from '../../test-support/unwritable';
import type { ClinicRuntime } from './clinic-runtime';

const PASS = 'a long clinic passphrase';

let folder: ReturnType<typeof tempFolder>;
let file: string;
let runtime: ClinicRuntime | undefined;
let undo: (() => void) | undefined;
let therapist = '';
let clientId = '';
const open = () => openTestRuntime(file, () => new Date('2026-03-02T09:30:00Z'));
const call = (name: string, input: unknown = {}) => runtime!.dispatch(name, input);
const messageOf = (result: Awaited<ReturnType<typeof call>>) => (result.ok ? '' : result.error.message);

beforeEach(async () => {
  folder = tempFolder();
  file = join(folder.path, 'fasciamap.sqlite');
  runtime = open();
  const made = await call('access.createProfile', { displayName: 'Ana', passphrase: PASS });
  therapist = made.ok ? (made.value as { id: string }).id : '';
  const client = await call('clients.create', {
    givenName: 'Maribel',
    familyName: 'Castro',
    dateOfBirth: '1971-04-23',
  });
  clientId = client.ok ? (client.value as { id: string }).id : '';
});
afterEach(() => {
  undo?.();
  undo = undefined;
  runtime?.close();
  runtime = undefined;
  folder.remove();
});

/** The clinic closed, so SQLite has folded its WAL back into the file and removed it. */
function closeTheClinic(): void {
  runtime!.close();
  runtime = undefined;
  expect(existsSync(`${file}-wal`)).toBe(false);
}

describe('a data folder or clinic file that cannot be written', () => {
  it('refuses to unlock a read-only clinic file with a message naming its folder, and stays locked', async (context) => {
    closeTheClinic();
    undo = makeUnwritable(file);
    if (!undo) return context.skip('this file system cannot make a file unwritable for this user');

    // SQLite opens a file it cannot write read-only, as it would for a therapist's own account.
    runtime = open();
    expect(await call('access.status')).toMatchObject({ ok: true, value: { state: 'locked' } });
    const unlock = await call('access.unlock', { profileId: therapist, passphrase: PASS });
    expect(unlock).toMatchObject({ ok: false, error: { code: 'READ_ONLY_FOLDER' } });
    expect(messageOf(unlock)).toContain(folder.path);
    expect(messageOf(unlock)).toContain('Nothing was saved');
    expect(messageOf(unlock)).not.toMatch(/readonly database|SQLITE/);
    expect(await call('clients.list')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('names a read-only data folder at start-up, not in SQLite’s words', async (context) => {
    closeTheClinic();
    undo = makeUnwritable(folder.path);
    if (!undo) return context.skip('this file system cannot make a folder unwritable for this user');

    // Even reading a WAL database needs its -shm file beside it, which the folder refuses.
    expect(open).toThrow(`in its data folder, ${folder.path}: the folder or the file is read-only`);
    expect(open).not.toThrow(/unable to open/);
  });

  it.runIf(process.getuid?.() === 0)(
    'refuses changes once the folder turns read-only under the running app, and still answers views',
    async (context) => {
      // Only the immutable attribute stops writes through files the app already has open; mode bits
      // do not, so this needs root (where the app would meet it as a disk remounted read-only).
      // The -shm file stays writable: SQLite maps it into memory, where a refused write is a crash.
      undo = makeUnwritable(folder.path, file, `${file}-wal`);
      if (!undo) return context.skip('this file system has no immutable attribute');

      const created = await call('clients.create', {
        givenName: 'Bea',
        familyName: 'Ruiz',
        dateOfBirth: '1980-01-01',
      });
      expect(created).toMatchObject({ ok: false, error: { code: 'READ_ONLY_FOLDER' } });
      expect(messageOf(created)).toContain(folder.path);
      expect(await call('clients.get', { id: clientId })).toMatchObject({
        ok: true,
        value: { givenName: 'Maribel' },
      });

      undo();
      undo = undefined;
      expect((await call('clients.list')).ok).toBe(true);
      const log = await call('audit.list', { limit: 3 });
      const calls = log.ok ? (log.value as { call: string }[]).map((entry) => entry.call).reverse() : [];
      expect(calls).toEqual(['clients.create', 'clients.get', 'clients.list']);
    },
  );
});
