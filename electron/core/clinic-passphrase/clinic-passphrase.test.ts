import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDLE_LOCK_LIMITS } from '../../../shared/api/access';
import type { BackupInfo } from '../../../shared/api/backups';
import { SEALED_FILE_MAGIC } from '../../../shared/api/sealed';
import { AUDIT_HEAD_SUFFIX } from '../audit/head';
import { backupFolder } from '../backups/files';
import type { ClinicRuntime } from '../runtime/clinic-runtime';
import { openSealedFile } from '../sealed-files/seal';
import { tempFolder, openTestRuntime } from '../../test-support/temp-db';

const THERAPIST = 'a therapist’s own passphrase';
const CLINIC = 'the clinic’s backup passphrase';

let folder: ReturnType<typeof tempFolder>;
let file: string;
let runtime: ClinicRuntime;
let clock: Date;

function open(): ClinicRuntime {
  return openTestRuntime(file, () => clock);
}

async function call<T = unknown>(name: string, input: unknown = {}): Promise<T> {
  const result = await runtime.dispatch(name, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as T;
}

/** The error code and message a call is refused with. */
async function refusal(name: string, input: unknown): Promise<{ code: string; message: string }> {
  const result = await runtime.dispatch(name, input);
  if (result.ok) throw new Error(`${name} was expected to fail`);
  return { code: result.error.code, message: result.error.message };
}

async function unlock(): Promise<void> {
  const status = await call<{ state: string; profiles: { id: string }[] }>('access.status');
  if (status.state === 'setup')
    await call('access.createProfile', { displayName: 'Ana', passphrase: THERAPIST });
  else await call('access.unlock', { profileId: status.profiles[0]!.id, passphrase: THERAPIST });
  // The clock jumps by hours between backups here; main's idle lock is not what these tests are about.
  await call('access.setIdleLock', { seconds: IDLE_LOCK_LIMITS.max });
}

const addClient = (givenName: string) =>
  call('clients.create', { givenName, familyName: 'Castro', dateOfBirth: '1971-04-23' });
const clientNames = () => runtime.db().prepare('SELECT given_name FROM clients ORDER BY 1').pluck().all();
const listed = async () => (await call<{ backups: BackupInfo[] }>('backups.list')).backups;
const folderFiles = () => readdirSync(backupFolder(file)).sort();
/** The backups themselves; each has its audit head beside it (see `audit/head.ts`). */
const backupFiles = () => folderFiles().filter((name) => !name.endsWith(AUDIT_HEAD_SUFFIX));
const status = () => call<{ state: string }>('encryption.status');

/** The database file and its WAL, byte for byte: a refused call must not change either. */
function databaseBytes(): Buffer {
  return Buffer.concat([file, `${file}-wal`].filter(existsSync).map((path) => readFileSync(path)));
}

/** Flips one byte in the middle of a file. */
function flipByte(path: string): void {
  const fd = openSync(path, 'r+');
  const at = Math.floor(statSync(path).size / 2);
  const byte = Buffer.alloc(1);
  byte[0] = readFileSync(path)[at]! ^ 0xff;
  writeSync(fd, byte, 0, 1, at);
  closeSync(fd);
}

beforeEach(async () => {
  folder = tempFolder();
  file = join(folder.path, 'fasciamap.sqlite');
  clock = new Date('2026-03-02T09:30:00Z');
  runtime = open();
  await unlock();
  await addClient('Ana');
});
afterEach(() => {
  runtime.close();
  folder.remove();
});

describe('the clinic passphrase', () => {
  it('encrypts the waiting plain backups when set, and every backup after', async () => {
    const plain = await call<BackupInfo>('backups.create');
    expect(plain).toMatchObject({ name: 'fasciamap-20260302T093000000Z-manual.sqlite', encrypted: false });
    expect(await status()).toEqual({ state: 'not-set', setAt: null });

    clock = new Date('2026-03-02T10:00:00Z');
    expect(await call('encryption.setPassphrase', { passphrase: CLINIC })).toEqual({
      state: 'entered',
      setAt: '2026-03-02T10:00:00.000Z',
      sealedBackups: 1,
    });
    clock = new Date('2026-03-02T11:00:00Z');
    await runtime.backup('daily');
    expect(backupFiles()).toEqual([
      'fasciamap-20260302T093000000Z-manual.sqlite.sealed',
      'fasciamap-20260302T110000000Z-daily.sqlite.sealed',
    ]);
    expect((await listed()).map((backup) => backup.encrypted)).toEqual([true, true]);
    // The sealed copy keeps the audit head recorded when the plain backup was made.
    expect(folderFiles()).toEqual(backupFiles().flatMap((name) => [name, name + AUDIT_HEAD_SUFFIX]));
    for (const name of backupFiles()) {
      const bytes = readFileSync(join(backupFolder(file), name));
      expect(bytes.subarray(0, 16).toString('latin1')).toBe(SEALED_FILE_MAGIC);
      expect(bytes.includes(Buffer.from('Castro'))).toBe(false);
      expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    }
    // Opened with the passphrase, it is the clinic's database.
    const opened = join(folder.path, 'opened.sqlite');
    await openSealedFile(join(backupFolder(file), backupFiles()[1]!), opened, CLINIC);
    expect(readFileSync(opened).subarray(0, 15).toString()).toBe('SQLite format 3');
  });

  it('is stored only as a verifier, never in plaintext', async () => {
    await call('encryption.setPassphrase', { passphrase: CLINIC });
    const row = runtime.db().prepare('SELECT verifier FROM clinic_passphrase').pluck().get() as string;
    expect(row).toMatch(/^scrypt\$1024\$8\$1\$/);
    runtime.close();
    expect(databaseBytes().includes(Buffer.from(CLINIC))).toBe(false);
    runtime = open();
  });

  it('after a restart still backs up, unencrypted and waiting, until someone enters it', async () => {
    await call('encryption.setPassphrase', { passphrase: CLINIC });
    runtime.close();
    runtime = open();
    await unlock();
    expect(await status()).toMatchObject({ state: 'not-entered' });

    // The daily backup is made, never skipped, and says it is not encrypted.
    clock = new Date('2026-03-03T08:00:00Z');
    expect(await runtime.backup('daily')).toMatchObject({ reason: 'daily', encrypted: false });

    expect(await refusal('encryption.enterPassphrase', { passphrase: THERAPIST })).toEqual({
      code: 'FORBIDDEN',
      message: 'That is not the clinic passphrase.',
    });
    expect(await status()).toMatchObject({ state: 'not-entered' });
    expect(await call('encryption.enterPassphrase', { passphrase: CLINIC })).toMatchObject({
      state: 'entered',
      sealedBackups: 1,
    });
    expect(backupFiles()).toEqual(['fasciamap-20260303T080000000Z-daily.sqlite.sealed']);
  });

  it('keeps its key through the lock, so the backup on quit is still encrypted', async () => {
    await call('encryption.setPassphrase', { passphrase: CLINIC });
    await call('access.lock');
    expect(await runtime.backup('quit')).toMatchObject({ reason: 'quit', encrypted: true });
  });

  it('can be changed; older backups keep the passphrase they were sealed with', async () => {
    await call('encryption.setPassphrase', { passphrase: CLINIC });
    const older = await call<BackupInfo>('backups.create');
    await call('encryption.setPassphrase', { passphrase: 'a new clinic passphrase' });
    clock = new Date('2026-03-02T12:00:00Z');
    const newer = await call<BackupInfo>('backups.create');
    const openWith = (backup: BackupInfo, passphrase: string, as: string) =>
      openSealedFile(join(backupFolder(file), backup.name), join(folder.path, as), passphrase);
    await expect(openWith(older, 'a new clinic passphrase', 'a')).rejects.toThrow(/does not open/);
    await expect(openWith(older, CLINIC, 'b')).resolves.toBeUndefined();
    await expect(openWith(newer, 'a new clinic passphrase', 'c')).resolves.toBeUndefined();
  });

  it('refuses a short passphrase, and entering one that was never set', async () => {
    expect(await refusal('encryption.setPassphrase', { passphrase: 'short' })).toMatchObject({
      code: 'VALIDATION',
    });
    expect(await refusal('encryption.enterPassphrase', { passphrase: CLINIC })).toEqual({
      code: 'CONFLICT',
      message: 'No clinic passphrase has been set: set one first',
    });
  });
});

describe('restoring an encrypted backup', () => {
  async function encryptedBackupThenMore(): Promise<string> {
    await call('encryption.setPassphrase', { passphrase: CLINIC });
    const made = await call<BackupInfo>('backups.create');
    await addClient('Bea');
    clock = new Date('2026-03-02T10:00:00Z');
    return made.name;
  }

  it('asks for the passphrase, and a missing or wrong one changes nothing at all', async () => {
    const name = await encryptedBackupThenMore();
    const before = databaseBytes();
    const filesBefore = backupFiles();
    expect(await refusal('backups.restore', { name })).toEqual({
      code: 'VALIDATION',
      message: 'This backup is encrypted: enter the clinic passphrase to restore it',
    });
    expect(await refusal('backups.restore', { name, passphrase: THERAPIST })).toEqual({
      code: 'FORBIDDEN',
      message: 'That passphrase does not open this file; nothing was restored',
    });
    expect(databaseBytes().equals(before)).toBe(true);
    expect(backupFiles()).toEqual(filesBefore);
    expect(clientNames()).toEqual(['Ana', 'Bea']);
  });

  it('restores with the right passphrase, and backups stay encrypted', async () => {
    const name = await encryptedBackupThenMore();
    expect(await call('backups.restore', { name, passphrase: CLINIC })).toMatchObject({
      restored: { name, encrypted: true },
      keptAsideAs: 'replaced-20260302T100000000Z.sqlite',
    });
    await unlock();
    expect(clientNames()).toEqual(['Ana']);
    // Nothing opened is left beside the backups.
    expect(backupFiles().filter((entry) => !entry.startsWith('replaced-'))).toEqual([name]);
    expect(await status()).toMatchObject({ state: 'entered' });
    expect(await call('backups.create')).toMatchObject({ encrypted: true });
  });

  it('refuses a backup changed after it was sealed, leaving the clinic as it was', async () => {
    const name = await encryptedBackupThenMore();
    flipByte(join(backupFolder(file), name));
    const before = databaseBytes();
    expect(await refusal('backups.restore', { name, passphrase: CLINIC })).toEqual({
      code: 'CONFLICT',
      message: 'The file was changed or damaged after it was sealed; nothing was restored',
    });
    expect(databaseBytes().equals(before)).toBe(true);
    expect(backupFiles()).toEqual([name]);
  });

  it('is offered by the recovery screen for a damaged database, and restored there with the passphrase', async () => {
    for (let index = 0; index < 200; index += 1) await addClient(`Client ${index}`);
    await call('encryption.setPassphrase', { passphrase: CLINIC });
    const made = await call<BackupInfo>('backups.create');
    runtime.close();
    const fd = openSync(file, 'r+');
    for (let offset = 8192; offset < statSync(file).size; offset += 4096)
      writeSync(fd, Buffer.alloc(600, 0xa5), 0, 600, offset + 100);
    closeSync(fd);
    runtime = open();
    expect(runtime.recovery()).toMatchObject({ newestGoodBackup: made.name });
    expect(await refusal('backups.restore', { name: made.name, passphrase: 'not it at all' })).toMatchObject({
      code: 'FORBIDDEN',
    });
    await call('backups.restore', { name: made.name, passphrase: CLINIC });
    expect(runtime.recovery()).toBeNull();
    await unlock();
    expect(clientNames()).toHaveLength(201);
  });
});
