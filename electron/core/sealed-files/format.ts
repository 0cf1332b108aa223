import { SEALED_FILE_MAGIC } from '../../../shared/api/sealed';
import type { ScryptCost } from '../access/passphrase';

/**
 * A sealed file, version 1 (big-endian):
 *
 * | offset | bytes | field                                              |
 * | ------ | ----- | -------------------------------------------------- |
 * | 0      | 16    | `FASCIAMAP-SEALED`                                 |
 * | 16     | 1     | format version (1)                                 |
 * | 17     | 1     | scrypt log2(N)                                     |
 * | 18     | 1     | scrypt r                                           |
 * | 19     | 1     | scrypt p                                           |
 * | 20     | 16    | scrypt salt                                        |
 * | 36     | 16    | file salt (HKDF)                                   |
 * | 52     | 12    | AES-GCM nonce                                      |
 * | 64     | 16    | key check: tells a wrong passphrase from damage    |
 * | 80     | 8     | length of the ciphertext                           |
 * | 88     | n     | AES-256-GCM ciphertext                             |
 * | 88 + n | 16    | GCM tag, over the ciphertext and the whole header  |
 */
export const SEALED_FORMAT_VERSION = 1;

const MAGIC = Buffer.from(SEALED_FILE_MAGIC, 'latin1');
export const SALT_BYTES = 16;
export const NONCE_BYTES = 12;
export const CHECK_BYTES = 16;
export const TAG_BYTES = 16;
export const HEADER_BYTES = MAGIC.length + 4 + SALT_BYTES * 2 + NONCE_BYTES + CHECK_BYTES + 8;

/**
 * The most scrypt a file may ask of the computer opening it (memory is 128·N·r bytes): the app seals
 * at 2¹⁷·8 (128 MiB); a hostile header must not make opening it take gigabytes.
 */
const MAX_SCRYPT_MEMORY = 256 * 1024 * 1024;
const MAX_SCRYPT_P = 4;

export type SealedFileProblem = 'not-sealed' | 'newer-format' | 'truncated' | 'wrong-passphrase' | 'damaged';

/** Why a sealed file could not be opened; the message is safe to show (it never quotes content). */
export class SealedFileError extends Error {
  readonly problem: SealedFileProblem;

  constructor(problem: SealedFileProblem, message: string) {
    super(message);
    this.name = 'SealedFileError';
    this.problem = problem;
  }
}

export interface SealedHeader {
  cost: ScryptCost;
  scryptSalt: Buffer;
  fileSalt: Buffer;
  nonce: Buffer;
  check: Buffer;
  cipherBytes: number;
  /** The header exactly as stored: the GCM tag authenticates it as additional data. */
  bytes: Buffer;
}

export function writeHeader(fields: Omit<SealedHeader, 'bytes'>): Buffer {
  const log2N = Math.log2(fields.cost.N);
  const header = Buffer.alloc(HEADER_BYTES);
  let at = MAGIC.copy(header, 0);
  at = header.writeUInt8(SEALED_FORMAT_VERSION, at);
  at = header.writeUInt8(log2N, at);
  at = header.writeUInt8(fields.cost.r, at);
  at = header.writeUInt8(fields.cost.p, at);
  for (const part of [fields.scryptSalt, fields.fileSalt, fields.nonce, fields.check])
    at += part.copy(header, at);
  header.writeBigUInt64BE(BigInt(fields.cipherBytes), at);
  return header;
}

/** Whether bytes start like a sealed file (or are the start of one, cut short). */
export function looksSealed(start: Buffer): boolean {
  const length = Math.min(start.length, MAGIC.length);
  return start.subarray(0, length).equals(MAGIC.subarray(0, length));
}

/**
 * Reads and checks the header of a sealed file of `totalBytes`, before any key is derived: a file
 * that is not sealed, was sealed by a newer FasciaMap, is cut short or asks for unreasonable scrypt
 * parameters is refused here, cheaply.
 */
export function readHeader(start: Buffer, totalBytes: number): SealedHeader {
  if (!looksSealed(start)) throw new SealedFileError('not-sealed', 'This is not a sealed FasciaMap file');
  if (start.length < HEADER_BYTES) throw cutShort(totalBytes);
  const version = start.readUInt8(MAGIC.length);
  if (version > SEALED_FORMAT_VERSION) {
    throw new SealedFileError(
      'newer-format',
      'This file was sealed by a newer FasciaMap: install the newer version to open it',
    );
  }
  let at = MAGIC.length + 1;
  const log2N = start.readUInt8(at++);
  const r = start.readUInt8(at++);
  const p = start.readUInt8(at++);
  const take = (bytes: number) => Buffer.from(start.subarray(at, (at += bytes)));
  const scryptSalt = take(SALT_BYTES);
  const fileSalt = take(SALT_BYTES);
  const nonce = take(NONCE_BYTES);
  const check = take(CHECK_BYTES);
  const cipherBytes = start.readBigUInt64BE(at);
  const cost = { N: 2 ** log2N, r, p };
  if (
    version < 1 ||
    log2N < 1 ||
    r < 1 ||
    p < 1 ||
    p > MAX_SCRYPT_P ||
    128 * cost.N * r > MAX_SCRYPT_MEMORY
  ) {
    throw new SealedFileError('damaged', 'The sealed file’s header is damaged');
  }
  const expected = BigInt(HEADER_BYTES + TAG_BYTES) + cipherBytes;
  if (BigInt(totalBytes) < expected) throw cutShort(totalBytes, expected);
  if (BigInt(totalBytes) > expected) {
    throw new SealedFileError(
      'damaged',
      'The file was changed after it was sealed: it has bytes added at its end',
    );
  }
  return {
    cost,
    scryptSalt,
    fileSalt,
    nonce,
    check,
    cipherBytes: Number(cipherBytes),
    bytes: Buffer.from(start.subarray(0, HEADER_BYTES)),
  };
}

function cutShort(totalBytes: number, expected?: bigint): SealedFileError {
  const of = expected === undefined ? '' : ` of its ${expected}`;
  return new SealedFileError(
    'truncated',
    `The sealed file is incomplete: it was cut short after ${totalBytes}${of} bytes`,
  );
}

export function damaged(): SealedFileError {
  return new SealedFileError('damaged', 'The file was changed or damaged after it was sealed');
}

export function wrongPassphrase(): SealedFileError {
  return new SealedFileError('wrong-passphrase', 'That passphrase does not open this file');
}
