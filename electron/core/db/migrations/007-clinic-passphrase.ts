import type { Migration } from './types';

/**
 * The clinic passphrase that encrypts backups, stored only as a verifier: an scrypt hash that can
 * check a passphrase typed in and cannot give it back. One row at most; none until it is set.
 */
export const clinicPassphraseMigration: Migration = {
  version: 7,
  name: 'clinic-passphrase',
  up: (db) => {
    db.exec(`
      CREATE TABLE clinic_passphrase (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        verifier TEXT NOT NULL CHECK (verifier LIKE 'scrypt$%'),
        set_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
