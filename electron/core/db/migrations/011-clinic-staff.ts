import type { Migration } from './types';

/**
 * The clinic's algometer unit, therapists who leave, and an audit log read by filter.
 * - `algometer_unit`: how readings are typed and shown; they stay stored in kg/cm², so existing
 *   readings need no change and the clinic starts on kgf, the unit they were typed in.
 * - `deactivated_at`: a therapist who leaves can no longer unlock, but the profile row stays so
 *   their past signatures and audit entries keep their name.
 * - `audit_record_ids`: each entry's record ids, one a row, so the log can be filtered by client
 *   through an index instead of parsing every entry's JSON; filled for the entries already there.
 *   It is a look-up aid, not part of the chained log: no key ties it to an entry, so a log cut
 *   behind the app's back is still found as cut rather than refused by a constraint.
 */
export const clinicStaffMigration: Migration = {
  version: 11,
  name: 'clinic-staff',
  up: (db) => {
    db.exec(`
      ALTER TABLE clinic_settings
        ADD COLUMN algometer_unit TEXT NOT NULL DEFAULT 'kgf'
          CHECK (algometer_unit IN ('kgf', 'lbf', 'N', 'kPa'));

      ALTER TABLE profiles ADD COLUMN deactivated_at TEXT;

      CREATE TABLE audit_record_ids (
        seq       INTEGER NOT NULL,
        record_id TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_record_ids_by_record ON audit_record_ids (record_id, seq);
      INSERT INTO audit_record_ids (seq, record_id)
        SELECT DISTINCT audit_log.seq, ids.value FROM audit_log, json_each(audit_log.record_ids) AS ids;

      CREATE INDEX audit_log_by_profile ON audit_log (profile_id, seq);
      CREATE INDEX audit_log_by_action ON audit_log (action, seq);
      CREATE INDEX audit_log_by_time ON audit_log (at);
    `);
  },
};
