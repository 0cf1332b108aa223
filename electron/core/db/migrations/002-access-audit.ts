import type { Migration } from './types';

/**
 * Therapist profiles (passphrases stored only as scrypt hashes), the idle-lock policy, and the audit
 * log. The log's triggers make it append-only even for code that forgets: an UPDATE or DELETE aborts.
 */
export const accessAuditMigration: Migration = {
  version: 2,
  name: 'access-audit',
  up: (db) => {
    db.exec(`
      CREATE TABLE profiles (
        id              TEXT PRIMARY KEY,
        display_name    TEXT NOT NULL,
        passphrase_hash TEXT NOT NULL,
        created_at      TEXT NOT NULL
      ) STRICT;

      CREATE TABLE access_policy (
        id                INTEGER PRIMARY KEY CHECK (id = 1),
        idle_lock_seconds INTEGER NOT NULL
      ) STRICT;
      INSERT INTO access_policy (id, idle_lock_seconds) VALUES (1, 600);

      CREATE TABLE audit_log (
        seq        INTEGER PRIMARY KEY,
        at         TEXT NOT NULL,
        profile_id TEXT,
        call       TEXT NOT NULL,
        action     TEXT NOT NULL,
        record_ids TEXT NOT NULL,
        prev_hash  TEXT NOT NULL,
        hash       TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'The audit log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'The audit log is append-only'); END;
    `);
  },
};
