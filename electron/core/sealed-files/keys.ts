import { hkdfSync, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { ScryptCost } from '../access/passphrase';
import { CHECK_BYTES, SALT_BYTES } from './format';

const MASTER_BYTES = 32;
const AES_KEY_BYTES = 32;
const INFO = Buffer.from('FasciaMap sealed file v1');

/**
 * What sealing needs from a passphrase: scrypt's output and the salt and cost that made it. Deriving
 * it is the slow step (about 0.3 s and 128 MiB at the app's cost), so it is done once when the clinic
 * passphrase is entered and kept in memory; each file then gets its own key from it (`fileKeys`).
 */
export interface SealingKey {
  cost: ScryptCost;
  salt: Buffer;
  master: Buffer;
}

export function scryptMaster(passphrase: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const maxmem = 128 * cost.N * cost.r + 16 * 1024 * 1024;
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), salt, MASTER_BYTES, { ...cost, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** A sealing key from a passphrase, with a fresh random scrypt salt. */
export async function deriveSealingKey(passphrase: string, cost: ScryptCost): Promise<SealingKey> {
  const salt = randomBytes(SALT_BYTES);
  return { cost, salt, master: await scryptMaster(passphrase, salt, cost) };
}

/**
 * One file's AES key and key check, from the master and the file's own random salt (HKDF-SHA256), so
 * no two files share a key even when sealed with the same master.
 */
export function fileKeys(master: Buffer, fileSalt: Buffer): { aesKey: Buffer; check: Buffer } {
  const bytes = Buffer.from(hkdfSync('sha256', master, fileSalt, INFO, AES_KEY_BYTES + CHECK_BYTES));
  return { aesKey: bytes.subarray(0, AES_KEY_BYTES), check: bytes.subarray(AES_KEY_BYTES) };
}

export function checksMatch(expected: Buffer, actual: Buffer): boolean {
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
