import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../../shared/api/transfer';
import { SEALED_FILE_MAGIC } from '../../../shared/api/sealed';
import { openTestClinic, type TestClinic } from '../../test-support/temp-db';

const PASSPHRASE = 'a passphrase agreed for this file';
const ANA = '11111111-1111-4111-8111-111111111111';
const STAMP = '2026-03-01T10:00:00.000Z';

let source: TestClinic;
let target: TestClinic;

async function unlocked(clinic: TestClinic): Promise<TestClinic> {
  const made = await clinic.runtime.dispatch('access.createProfile', {
    displayName: 'Ana',
    passphrase: 'a therapist’s own passphrase',
  });
  if (!made.ok) throw new Error(made.error.message);
  return clinic;
}

/** Through the whole dispatch (lock, parsing, transaction, audit), as the window calls it. */
async function dispatch<T>(clinic: TestClinic, name: string, input: unknown) {
  return (await clinic.runtime.dispatch(name, input)) as
    { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
}

async function exported(input: unknown): Promise<ExportedFile> {
  const result = await dispatch<ExportedFile>(source, 'transfer.exportClinic', input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The clinic's database file and WAL, byte for byte. */
const fileBytes = (clinic: TestClinic) =>
  Buffer.concat([clinic.file, `${clinic.file}-wal`].filter(existsSync).map((path) => readFileSync(path)));
const clients = (clinic: TestClinic) => clinic.db.prepare('SELECT * FROM clients ORDER BY id').all();

beforeEach(async () => {
  source = await unlocked(openTestClinic());
  target = await unlocked(openTestClinic());
  source.db
    .prepare(
      `INSERT INTO clients (id, given_name, family_name, date_of_birth, created_at, updated_at)
       VALUES (?, 'Ana', 'Castro', '1971-04-23', ?, ?)`,
    )
    .run(ANA, STAMP, STAMP);
});
afterEach(() => {
  source.close();
  target.close();
});

describe('encrypted exports', () => {
  it('seals the clinic export with the passphrase given, and it imports with that passphrase', async () => {
    const file = await exported({ encryption: { passphrase: PASSPHRASE } });
    expect(file).toMatchObject({
      fileName: 'fasciamap-clinic-2026-03-02.json.sealed',
      mediaType: 'application/octet-stream',
      encoding: 'base64',
    });
    const bytes = Buffer.from(file.content, 'base64');
    expect(bytes.subarray(0, 16).toString('latin1')).toBe(SEALED_FILE_MAGIC);
    for (const text of ['Castro', 'fasciamap-export', ANA])
      expect(bytes.includes(Buffer.from(text))).toBe(false);

    const imported = await dispatch(target, 'transfer.importFile', {
      sealed: file.content,
      passphrase: PASSPHRASE,
    });
    expect(imported).toMatchObject({ ok: true, value: { rows: { clients: 1 } } });
    expect(clients(target)).toEqual(clients(source));
  });

  it('seals one client’s export the same way', async () => {
    const result = await dispatch<ExportedFile>(source, 'transfer.exportClient', {
      clientId: ANA,
      encryption: { passphrase: PASSPHRASE },
    });
    expect(result).toMatchObject({
      ok: true,
      value: { fileName: 'fasciamap-client-11111111-2026-03-02.json.sealed' },
    });
    const content = result.ok ? result.value.content : '';
    await dispatch(target, 'transfer.importFile', { sealed: content, passphrase: PASSPHRASE });
    expect(clients(target)).toEqual(clients(source));
  });

  it('a wrong passphrase, a changed byte or a cut-short file imports nothing and leaves the database byte-identical', async () => {
    const sealed = Buffer.from(
      (await exported({ encryption: { passphrase: PASSPHRASE } })).content,
      'base64',
    );
    const changed = Buffer.from(sealed);
    changed[changed.length - 40]! ^= 0x10;
    const before = fileBytes(target);
    const attempts: [Buffer, string, string, string][] = [
      [
        sealed,
        'the wrong passphrase',
        'FORBIDDEN',
        'That passphrase does not open this file; nothing was imported',
      ],
      [
        changed,
        PASSPHRASE,
        'VALIDATION',
        'The file was changed or damaged after it was sealed; nothing was imported',
      ],
      [sealed.subarray(0, 500), PASSPHRASE, 'VALIDATION', 'The sealed file is incomplete'],
    ];
    for (const [bytes, passphrase, code, message] of attempts) {
      const result = await dispatch(target, 'transfer.importFile', {
        sealed: bytes.toString('base64'),
        passphrase,
      });
      expect(result).toMatchObject({ ok: false, error: { code, message: expect.stringContaining(message) } });
    }
    expect(fileBytes(target).equals(before)).toBe(true);
    expect(clients(target)).toEqual([]);
  });

  it('exports plain JSON only when asked to explicitly', async () => {
    const plain = await exported({ plain: true });
    expect(plain).toMatchObject({ fileName: 'fasciamap-clinic-2026-03-02.json', encoding: 'utf8' });
    expect(JSON.parse(plain.content)).toMatchObject({ format: 'fasciamap-export' });
    for (const input of [
      {},
      { plain: false },
      { encryption: {} },
      { plain: true, encryption: { passphrase: PASSPHRASE } },
    ]) {
      const result = await dispatch(source, 'transfer.exportClinic', input);
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(await dispatch(source, 'transfer.exportClinic', {})).toMatchObject({
      error: { message: expect.stringContaining('Choose how to export') },
    });
    expect(
      await dispatch(source, 'transfer.exportClinic', { encryption: { passphrase: 'short' } }),
    ).toMatchObject({
      error: { message: expect.stringContaining('at least 10 characters') },
    });
  });

  it('never exports the clinic passphrase’s verifier', async () => {
    expect(await dispatch(source, 'encryption.setPassphrase', { passphrase: PASSPHRASE })).toMatchObject({
      ok: true,
    });
    const plain = await exported({ plain: true });
    expect(Object.keys(JSON.parse(plain.content).tables)).not.toContain('clinic_passphrase');
    expect(plain.content).not.toContain('scrypt$');
  });

  it('refuses an encrypted file sent as plain text, and a plain file sent as encrypted, with what to do', async () => {
    const sealed = Buffer.from(
      (await exported({ encryption: { passphrase: PASSPHRASE } })).content,
      'base64',
    );
    expect(
      await dispatch(target, 'transfer.importFile', { content: sealed.toString('latin1') }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'This file is encrypted: import it with its passphrase' },
    });
    const plain = Buffer.from((await exported({ plain: true })).content).toString('base64');
    expect(
      await dispatch(target, 'transfer.importFile', { sealed: plain, passphrase: PASSPHRASE }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'This is not a sealed FasciaMap file; nothing was imported' },
    });
    expect(clients(target)).toEqual([]);
  });
});
