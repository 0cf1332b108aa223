import { hashPassphrase, verifyPassphrase, type ScryptCost } from '../access/passphrase';
import type { ClinicDatabase } from '../db/open';
import { findClinicPassphrase, saveClinicPassphrase } from '../db/repositories/clinic-passphrase';
import { deriveSealingKey, type SealingKey } from '../sealed-files/keys';
import { ApiFailure } from '../../../shared/api/errors';
import type { ClinicKeyring } from './keyring';

/**
 * How the next backup is written:
 * - `not-set`: no clinic passphrase, a plain SQLite file as before;
 * - `not-entered`: a passphrase is set but nobody has entered it since the app started, so there is
 *   no key. The backup is still made, plain (it is no more exposed than the database beside it), and
 *   sealed as soon as the passphrase is entered (`sealWaitingBackups`); Settings asks for it meanwhile;
 * - `entered`: sealed with the key held in memory.
 */
export type BackupProtection =
  | { state: 'not-set' }
  | { state: 'not-entered'; setAt: string }
  | { state: 'entered'; setAt: string; key: SealingKey };

export function backupProtection(db: ClinicDatabase, keyring: ClinicKeyring): BackupProtection {
  const row = findClinicPassphrase(db);
  if (!row) return { state: 'not-set' };
  const key = keyring.keyFor(row.verifier);
  return key ? { state: 'entered', setAt: row.setAt, key } : { state: 'not-entered', setAt: row.setAt };
}

/** A clinic passphrase turned into its verifier and its sealing key: the slow part of using it. */
export interface ClinicPassphraseKeys {
  verifier: string;
  key: SealingKey;
}

/** For setting (or replacing) the clinic passphrase; see `saveClinicPassphraseKeys`. */
export async function newClinicPassphrase(
  passphrase: string,
  cost: ScryptCost,
): Promise<ClinicPassphraseKeys> {
  // Two scrypt runs with their own salts: the verifier says nothing about the sealing key.
  const verifier = await hashPassphrase(passphrase, cost);
  return { verifier, key: await deriveSealingKey(passphrase, cost) };
}

/** Its verifier goes to the database, its key to memory; synchronous, inside the call's transaction. */
export function saveClinicPassphraseKeys(
  db: ClinicDatabase,
  keyring: ClinicKeyring,
  keys: ClinicPassphraseKeys,
  at: Date,
): void {
  saveClinicPassphrase(db, { verifier: keys.verifier, setAt: at.toISOString() });
  keyring.hold(keys.verifier, keys.key);
}

/** Checks a typed passphrase against the verifier; when right, the keys to hold for this run. */
export async function enteredClinicPassphrase(
  db: ClinicDatabase,
  passphrase: string,
  cost: ScryptCost,
): Promise<ClinicPassphraseKeys> {
  const row = findClinicPassphrase(db);
  if (!row) throw new ApiFailure('CONFLICT', 'No clinic passphrase has been set: set one first');
  if (!(await verifyPassphrase(passphrase, row.verifier))) {
    throw new ApiFailure('FORBIDDEN', 'That is not the clinic passphrase.');
  }
  return { verifier: row.verifier, key: await deriveSealingKey(passphrase, cost) };
}

/**
 * After restoring an encrypted backup: whoever restored it just typed its passphrase, and when that
 * is also the restored file's clinic passphrase, its key is held so backups stay encrypted.
 */
export async function holdIfClinicPassphrase(
  db: ClinicDatabase,
  keyring: ClinicKeyring,
  passphrase: string,
  cost: ScryptCost,
): Promise<void> {
  const row = findClinicPassphrase(db);
  if (row && (await verifyPassphrase(passphrase, row.verifier))) {
    keyring.hold(row.verifier, await deriveSealingKey(passphrase, cost));
  }
}
