import type { ClinicDatabase } from '../open';

export interface ClinicPassphraseRow {
  verifier: string;
  setAt: string;
}

export function findClinicPassphrase(db: ClinicDatabase): ClinicPassphraseRow | undefined {
  return db.prepare('SELECT verifier, set_at AS setAt FROM clinic_passphrase WHERE id = 1').get() as
    ClinicPassphraseRow | undefined;
}

/** Sets the clinic passphrase's verifier, replacing any earlier one. */
export function saveClinicPassphrase(db: ClinicDatabase, row: ClinicPassphraseRow): void {
  db.prepare(
    `INSERT INTO clinic_passphrase (id, verifier, set_at) VALUES (1, @verifier, @setAt)
     ON CONFLICT (id) DO UPDATE SET verifier = excluded.verifier, set_at = excluded.set_at`,
  ).run(row);
}
