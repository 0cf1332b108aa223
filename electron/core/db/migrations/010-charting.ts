import type { Migration } from './types';

/**
 * A course's chosen baseline, a reason on audit entries, protocol names that say what they plan,
 * and FIQR totals rounded as they are shown.
 *
 * - `courses.baseline_assessment_id`: the assessment the therapist named as the course's baseline;
 *   NULL keeps the first one by date. Deleting that assessment falls back to the first again.
 * - `audit_log.reason`: why a record was corrected or deleted, in the therapist's words. Entries
 *   before this version have none, and their hashes are unchanged because the chain covers a reason
 *   only when there is one.
 * - The two shipped protocols are renamed for what they plan, unless the clinic renamed them.
 * - Stored FIQR totals are rounded to the one decimal shown, so the CSV export and the bands agree
 *   with the screen for assessments recorded before the rounding rule.
 */
export const chartingMigration: Migration = {
  version: 10,
  name: 'charting',
  up: (db) => {
    db.exec(`
      ALTER TABLE courses
        ADD COLUMN baseline_assessment_id TEXT REFERENCES outcome_assessments (id) ON DELETE SET NULL;
      ALTER TABLE audit_log ADD COLUMN reason TEXT;
      UPDATE outcome_measures SET score = round(score, 1) WHERE kind = 'fiqr';
    `);
    // The shipped ids of migration 3, written out: a migration depends on no other module's values.
    const rename = db.prepare('UPDATE protocol_templates SET name = ? WHERE id = ? AND name = ?');
    rename.run(
      '20 weekly sessions of 90 min (Castro-Sánchez 2011 protocol)',
      'c4a5e0b1-2011-4d5a-9f3e-000000000001',
      'Castro-Sánchez 2011 fibromyalgia trial',
    );
    rename.run(
      'Weekly sessions of 60 min, open-ended',
      'c4a5e0b1-2011-4d5a-9f3e-000000000002',
      'Weekly, open-ended',
    );
  },
};
