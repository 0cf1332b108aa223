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

/** Sets (or replaces) the clinic passphrase: its verifier goes to the database, its key to memory. */
export async function setClinicPassphrase(
  db: ClinicDatabase,
  keyring: ClinicKeyring,
  change: { passphrase: string; cost: ScryptCost; at: Date },
): Promise<void> {
  // Two scrypt runs with their own salts: the verifier says nothing about the sealing key.
  const verifier = await hashPassphrase(change.passphrase, change.cost);
  const key = await deriveSealingKey(change.passphrase, change.cost);
  saveClinicPassphrase(db, { verifier, setAt: change.at.toISOString() });
  keyring.hold(verifier, key);
}

/** Checks a typed passphrase against the verifier and, when right, holds its key for this run. */
export async function enterClinicPassphrase(
  db: ClinicDatabase,
  keyring: ClinicKeyring,
  passphrase: string,
  cost: ScryptCost,
): Promise<void> {
  const row = findClinicPassphrase(db);
  if (!row) throw new ApiFailure('CONFLICT', 'No clinic passphrase has been set: set one first');
  if (!(await verifyPassphrase(passphrase, row.verifier))) {
    throw new ApiFailure('FORBIDDEN', 'That is not the clinic passphrase.');
  }
  keyring.hold(row.verifier, await deriveSealingKey(passphrase, cost));
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
