import type { SealingKey } from '../sealed-files/keys';

/**
 * The clinic passphrase's sealing key, in the main process's memory only, from the moment a
 * therapist enters (or sets) the passphrase until the app quits. It is kept through the idle lock:
 * the daily backup and the one on quit must be encrypted even when nobody is at the computer.
 */
export interface ClinicKeyring {
  /** The key, if it was derived from the passphrase whose verifier the database holds now. */
  keyFor: (verifier: string) => SealingKey | undefined;
  hold: (verifier: string, key: SealingKey) => void;
  /** Overwrites the key's bytes (quitting, or closing the runtime in tests). */
  forget: () => void;
}

export function createClinicKeyring(): ClinicKeyring {
  let held: { verifier: string; key: SealingKey } | undefined;
  const forget = () => {
    held?.key.master.fill(0);
    held = undefined;
  };
  return {
    // Tied to the verifier: after a restore swaps in a file with another passphrase (or none), or
    // the passphrase is changed, the old key is never used for the new file's backups.
    keyFor: (verifier) => (held?.verifier === verifier ? held.key : undefined),
    hold: (verifier, key) => {
      forget();
      held = { verifier, key };
    },
    forget,
  };
}
