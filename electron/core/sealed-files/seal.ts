import { createCipheriv, createDecipheriv, randomBytes, type DecipherGCM } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import {
  damaged,
  HEADER_BYTES,
  NONCE_BYTES,
  readHeader,
  SALT_BYTES,
  TAG_BYTES,
  wrongPassphrase,
  writeHeader,
  type SealedHeader,
} from './format';
import { checksMatch, fileKeys, scryptMaster, type SealingKey } from './keys';

/** A fresh header and cipher for `plainBytes` under `key`: a random file salt and nonce each time. */
function startSealing(key: SealingKey, plainBytes: number) {
  const fileSalt = randomBytes(SALT_BYTES);
  const nonce = randomBytes(NONCE_BYTES);
  const { aesKey, check } = fileKeys(key.master, fileSalt);
  // GCM's ciphertext is exactly as long as the plaintext.
  const header = writeHeader({
    cost: key.cost,
    scryptSalt: key.salt,
    fileSalt,
    nonce,
    check,
    cipherBytes: plainBytes,
  });
  const cipher = createCipheriv('aes-256-gcm', aesKey, nonce);
  cipher.setAAD(header);
  return { header, cipher };
}

/** Derives the file's key from the passphrase and the header, and refuses a wrong passphrase before decrypting. */
async function startOpening(header: SealedHeader, passphrase: string): Promise<DecipherGCM> {
  const master = await scryptMaster(passphrase, header.scryptSalt, header.cost);
  const { aesKey, check } = fileKeys(master, header.fileSalt);
  if (!checksMatch(header.check, check)) throw wrongPassphrase();
  const decipher = createDecipheriv('aes-256-gcm', aesKey, header.nonce);
  decipher.setAAD(header.bytes);
  return decipher;
}

function finish(decipher: DecipherGCM, tag: Buffer): Buffer {
  decipher.setAuthTag(tag);
  try {
    return decipher.final();
  } catch {
    throw damaged();
  }
}

export function sealBytes(plain: Buffer, key: SealingKey): Buffer {
  const { header, cipher } = startSealing(key, plain.length);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([header, body, cipher.getAuthTag()]);
}

/** The plaintext of a sealed file held in memory; throws `SealedFileError` saying why it cannot. */
export async function openSealedBytes(sealed: Buffer, passphrase: string): Promise<Buffer> {
  const header = readHeader(sealed, sealed.length);
  const decipher = await startOpening(header, passphrase);
  const end = HEADER_BYTES + header.cipherBytes;
  const plain = decipher.update(sealed.subarray(HEADER_BYTES, end));
  return Buffer.concat([plain, finish(decipher, sealed.subarray(end))]);
}

/**
 * Seals `source` into `destination`, streaming (a clinic's database may be large). Written under a
 * temporary name, flushed and then renamed, so a half-written file never carries the final name.
 */
export async function sealFile(source: string, destination: string, key: SealingKey): Promise<void> {
  const { size } = await stat(source);
  const { header, cipher } = startSealing(key, size);
  const partial = `${destination}.sealing`;
  const out = await open(partial, 'wx');
  try {
    await out.write(header);
    let read = 0;
    for await (const chunk of createReadStream(source) as AsyncIterable<Buffer>) {
      read += chunk.length;
      await out.write(cipher.update(chunk));
    }
    // The length is in the header: a source that changed while it was read must not be sealed.
    if (read !== size) throw new Error('The file changed while it was being sealed');
    await out.write(cipher.final());
    await out.write(cipher.getAuthTag());
    await out.sync();
    await out.close();
    await rename(partial, destination);
  } catch (error) {
    await out.close().catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  }
}

/**
 * Opens a sealed file into `destination` (which must not exist yet). The plaintext is streamed out
 * before GCM's tag can be checked at the end, so on any failure `destination` is removed: the caller
 * only ever sees a complete, authenticated file or an error.
 */
export async function openSealedFile(source: string, destination: string, passphrase: string): Promise<void> {
  const input = await open(source, 'r');
  let header: SealedHeader;
  let tag: Buffer;
  try {
    const { size } = await input.stat();
    const start = Buffer.alloc(Math.min(size, HEADER_BYTES));
    await input.read(start, 0, start.length, 0);
    header = readHeader(start, size);
    tag = Buffer.alloc(TAG_BYTES);
    await input.read(tag, 0, TAG_BYTES, HEADER_BYTES + header.cipherBytes);
  } finally {
    await input.close();
  }
  const decipher = await startOpening(header, passphrase);
  const out = await open(destination, 'wx');
  try {
    if (header.cipherBytes > 0) {
      const body = createReadStream(source, {
        start: HEADER_BYTES,
        end: HEADER_BYTES + header.cipherBytes - 1,
      });
      for await (const chunk of body as AsyncIterable<Buffer>) await out.write(decipher.update(chunk));
    }
    await out.write(finish(decipher, tag));
    await out.sync();
    await out.close();
  } catch (error) {
    await out.close().catch(() => undefined);
    await rm(destination, { force: true });
    throw error;
  }
}
