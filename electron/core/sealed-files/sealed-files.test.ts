import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder, TEST_PASSPHRASE_COST } from '../../test-support/temp-db';
import { HEADER_BYTES, SealedFileError, TAG_BYTES, type SealedFileProblem } from './format';
import { deriveSealingKey, type SealingKey } from './keys';
import { openSealedBytes, openSealedFile, sealBytes, sealFile } from './seal';

const PASSPHRASE = 'the clinic’s backup passphrase';
let folder: ReturnType<typeof tempFolder>;
let key: SealingKey;

beforeEach(async () => {
  folder = tempFolder();
  key = await deriveSealingKey(PASSPHRASE, TEST_PASSPHRASE_COST);
});
afterEach(() => folder.remove());

/** The problem a failed opening names, so each test states which one it expects. */
async function problemOf(opening: Promise<unknown>): Promise<SealedFileProblem | 'opened'> {
  try {
    await opening;
    return 'opened';
  } catch (error) {
    if (error instanceof SealedFileError) return error.problem;
    throw error;
  }
}

describe('sealed bytes', () => {
  it('round-trips empty, small and multi-block contents', async () => {
    for (const plain of [
      Buffer.alloc(0),
      Buffer.from('{"format":"fasciamap-export"}'),
      randomBytes(70_001),
    ]) {
      const sealed = sealBytes(plain, key);
      expect(sealed.length).toBe(HEADER_BYTES + plain.length + TAG_BYTES);
      expect(await openSealedBytes(sealed, PASSPHRASE)).toEqual(plain);
    }
  });

  it('opens with the passphrase alone, whatever key object sealed it', async () => {
    const sealed = sealBytes(
      Buffer.from('Ana Ruiz'),
      await deriveSealingKey(PASSPHRASE, TEST_PASSPHRASE_COST),
    );
    expect((await openSealedBytes(sealed, PASSPHRASE.normalize('NFD'))).toString()).toBe('Ana Ruiz');
  });

  it('never writes the same bytes twice, nor the plaintext', () => {
    const plain = Buffer.from('Ana Ruiz, fibromyalgia, 1980-01-01');
    const first = sealBytes(plain, key);
    const second = sealBytes(plain, key);
    expect(first.equals(second)).toBe(false);
    // Each file has its own salt and nonce (header bytes 36–63).
    expect(first.subarray(36, 64).equals(second.subarray(36, 64))).toBe(false);
    expect(first.includes(Buffer.from('Ana'))).toBe(false);
  });

  it('refuses a wrong passphrase clearly', async () => {
    const sealed = sealBytes(Buffer.from('records'), key);
    await expect(openSealedBytes(sealed, 'not the passphrase')).rejects.toThrow(
      'That passphrase does not open this file',
    );
    expect(await problemOf(openSealedBytes(sealed, PASSPHRASE.toUpperCase()))).toBe('wrong-passphrase');
  });

  it('refuses every single changed byte, whichever part of the file it is in', async () => {
    const sealed = sealBytes(Buffer.from('a short clinical note'), key);
    const seen = new Set<string>();
    for (let position = 0; position < sealed.length; position += 1) {
      const tampered = Buffer.from(sealed);
      tampered[position]! ^= 0x01;
      const problem = await problemOf(openSealedBytes(tampered, PASSPHRASE));
      expect(problem, `byte ${position}`).not.toBe('opened');
      seen.add(problem);
    }
    // A changed body, tag, nonce or version is damage; a changed salt, cost or key check reads as
    // the wrong passphrase (the key derived no longer matches); a changed length, as cut short.
    expect([...seen].sort()).toEqual(['damaged', 'not-sealed', 'truncated', 'wrong-passphrase']);
    const body = Buffer.from(sealed);
    body[HEADER_BYTES + 3]! ^= 0x80;
    await expect(openSealedBytes(body, PASSPHRASE)).rejects.toThrow(
      'The file was changed or damaged after it was sealed',
    );
  });

  it('says a cut-short file is incomplete, at every length', async () => {
    const sealed = sealBytes(randomBytes(300), key);
    for (let length = 0; length < sealed.length; length += 1) {
      expect(
        await problemOf(openSealedBytes(sealed.subarray(0, length), PASSPHRASE)),
        `length ${length}`,
      ).toBe('truncated');
    }
    await expect(openSealedBytes(sealed.subarray(0, 200), PASSPHRASE)).rejects.toThrow(
      `The sealed file is incomplete: it was cut short after 200 of its ${sealed.length} bytes`,
    );
  });

  it('refuses bytes added at the end, a file that is not sealed, and a newer format', async () => {
    const sealed = sealBytes(Buffer.from('records'), key);
    expect(await problemOf(openSealedBytes(Buffer.concat([sealed, Buffer.from('x')]), PASSPHRASE))).toBe(
      'damaged',
    );
    expect(await problemOf(openSealedBytes(Buffer.from('{"format":"fasciamap-export"}'), PASSPHRASE))).toBe(
      'not-sealed',
    );
    const newer = Buffer.from(sealed);
    newer[16] = 2;
    await expect(openSealedBytes(newer, PASSPHRASE)).rejects.toThrow(/sealed by a newer FasciaMap/);
  });

  it('refuses a header asking for more scrypt memory than the app ever uses, before deriving anything', async () => {
    const sealed = sealBytes(Buffer.from('records'), key);
    sealed[17] = 30; // N = 2^30: 8 GiB of memory at r = 8
    sealed[18] = 8;
    expect(await problemOf(openSealedBytes(sealed, PASSPHRASE))).toBe('damaged');
  });
});

describe('sealed files', () => {
  const path = (name: string) => join(folder.path, name);

  it('round-trips a file larger than one read chunk, streaming', async () => {
    const plain = randomBytes(3 * 1024 * 1024 + 17);
    writeFileSync(path('clinic.sqlite'), plain);
    await sealFile(path('clinic.sqlite'), path('clinic.sqlite.sealed'), key);
    expect(readFileSync(path('clinic.sqlite.sealed')).length).toBe(HEADER_BYTES + plain.length + TAG_BYTES);
    await openSealedFile(path('clinic.sqlite.sealed'), path('opened.sqlite'), PASSPHRASE);
    expect(readFileSync(path('opened.sqlite')).equals(plain)).toBe(true);
    // Files and bytes are one format.
    expect(
      (await openSealedBytes(readFileSync(path('clinic.sqlite.sealed')), PASSPHRASE)).equals(plain),
    ).toBe(true);
  });

  it('leaves nothing behind when a passphrase is wrong, a byte changed or the file was cut short', async () => {
    writeFileSync(path('clinic.sqlite'), randomBytes(200_000));
    await sealFile(path('clinic.sqlite'), path('sealed'), key);
    const sealed = readFileSync(path('sealed'));
    const tampered = Buffer.from(sealed);
    tampered[100_000]! ^= 0x04;
    writeFileSync(path('tampered'), tampered);
    writeFileSync(path('cut'), sealed.subarray(0, sealed.length - 1));

    expect(await problemOf(openSealedFile(path('sealed'), path('out-1'), 'wrong passphrase'))).toBe(
      'wrong-passphrase',
    );
    expect(await problemOf(openSealedFile(path('tampered'), path('out-2'), PASSPHRASE))).toBe('damaged');
    expect(await problemOf(openSealedFile(path('cut'), path('out-3'), PASSPHRASE))).toBe('truncated');
    expect(readdirSync(folder.path).sort()).toEqual(['clinic.sqlite', 'cut', 'sealed', 'tampered']);
  });

  it('never leaves a partial sealed file under the final name', async () => {
    await expect(sealFile(path('missing.sqlite'), path('missing.sealed'), key)).rejects.toThrow();
    expect(existsSync(path('missing.sealed'))).toBe(false);
    expect(readdirSync(folder.path)).toEqual([]);
  });
});
