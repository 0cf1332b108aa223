import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../../../test-support/temp-db';
import { openClinicDatabase } from '../open';
import { chartingMigration } from './010-charting';
import { MIGRATIONS } from './index';

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

// Placed by where it stands in the list, so a renumbering at a merge leaves this test as it is.
const at = MIGRATIONS.indexOf(chartingMigration);
const file = () => join(folder.path, 'clinic.sqlite');
const STAMP = '2026-03-02T09:30:00.000Z';

/** A clinic as the version before left it: a client with a course, one FIQR, and a renamed protocol. */
function clinicBefore() {
  const db = openClinicDatabase(file(), { migrations: MIGRATIONS.slice(0, at) });
  db.prepare(
    `INSERT INTO clients (id, given_name, family_name, date_of_birth, created_at, updated_at)
     VALUES ('client-1', 'Ana', 'Ruiz', '1970-01-01', ?, ?)`,
  ).run(STAMP, STAMP);
  db.prepare(
    `INSERT INTO courses (id, client_id, name, start_date, session_count, interval_days, session_minutes, created_at, updated_at)
     VALUES ('course-1', 'client-1', 'Trial', '2026-03-02', 20, 7, 90, ?, ?)`,
  ).run(STAMP, STAMP);
  db.prepare(
    `INSERT INTO outcome_assessments (id, client_id, course_id, course_position, taken_on, entries, created_at)
     VALUES ('assessment-1', 'client-1', 'course-1', 0, '2026-03-02', '{}', ?)`,
  ).run(STAMP);
  db.prepare(
    `INSERT INTO outcome_measures (assessment_id, position, kind, instrument, score, lower_is_better)
     VALUES ('assessment-1', 0, 'fiqr', '', 61.166666666666664, 1), ('assessment-1', 1, 'pain_current', '', 7, 1)`,
  ).run();
  db.prepare(
    "UPDATE protocol_templates SET name = 'Our weekly' WHERE id = 'c4a5e0b1-2011-4d5a-9f3e-000000000002'",
  ).run();
  db.close();
}

describe('the charting migration', () => {
  it('keeps courses and assessments, with no chosen baseline, and rounds stored FIQR totals as shown', () => {
    clinicBefore();
    const db = openClinicDatabase(file(), { migrations: MIGRATIONS.slice(0, at + 1) });
    expect(db.prepare('SELECT id, name, baseline_assessment_id FROM courses').all()).toEqual([
      { id: 'course-1', name: 'Trial', baseline_assessment_id: null },
    ]);
    expect(db.prepare('SELECT kind, score FROM outcome_measures ORDER BY position').all()).toEqual([
      { kind: 'fiqr', score: 61.2 },
      { kind: 'pain_current', score: 7 },
    ]);
    db.close();
  });

  it('renames the shipped protocols for what they plan, leaving one the clinic renamed', () => {
    clinicBefore();
    const db = openClinicDatabase(file(), { migrations: MIGRATIONS.slice(0, at + 1) });
    expect(db.prepare('SELECT name FROM protocol_templates ORDER BY id').pluck().all()).toEqual([
      '20 weekly sessions of 90 min (Castro-Sánchez 2011 protocol)',
      'Our weekly',
    ]);
    db.close();
  });

  it('lets a course name its baseline, and forgets it when that assessment is deleted', () => {
    clinicBefore();
    const db = openClinicDatabase(file(), { migrations: MIGRATIONS.slice(0, at + 1) });
    db.prepare("UPDATE courses SET baseline_assessment_id = 'assessment-1'").run();
    db.prepare("DELETE FROM outcome_assessments WHERE id = 'assessment-1'").run();
    expect(db.prepare('SELECT baseline_assessment_id FROM courses').pluck().get()).toBeNull();
    db.close();
  });
});
