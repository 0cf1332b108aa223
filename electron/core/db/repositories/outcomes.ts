import type { Assessment, AssessmentEntries, Measure } from '../../../../shared/domain/outcomes/assessment';
import type { HeldSession } from '../../../../shared/domain/outcomes/trends';
import type { ClinicDatabase } from '../open';

interface AssessmentRow {
  id: string;
  client_id: string;
  course_id: string | null;
  course_position: number | null;
  taken_on: string;
  entries: string;
  created_at: string;
}

interface MeasureRow {
  kind: Measure['kind'];
  instrument: string;
  score: number;
  lower_is_better: 0 | 1;
}

function toAssessment(db: ClinicDatabase, row: AssessmentRow): Assessment {
  const measures = db
    .prepare(
      'SELECT kind, instrument, score, lower_is_better FROM outcome_measures WHERE assessment_id = ? ORDER BY position',
    )
    .all(row.id) as MeasureRow[];
  return {
    id: row.id,
    clientId: row.client_id,
    courseId: row.course_id,
    coursePosition: row.course_position,
    takenOn: row.taken_on,
    ...(JSON.parse(row.entries) as AssessmentEntries),
    measures: measures.map((measure) => ({
      kind: measure.kind,
      instrument: measure.instrument,
      score: measure.score,
      lowerIsBetter: measure.lower_is_better === 1,
    })),
    createdAt: row.created_at,
  };
}

/** Stores the assessment and its scores together, or neither. */
export function insertAssessment(db: ClinicDatabase, assessment: Assessment): void {
  const { id, clientId, courseId, coursePosition, takenOn, measures, createdAt, ...entries } = assessment;
  db.transaction(() => {
    db.prepare(
      `INSERT INTO outcome_assessments (id, client_id, course_id, course_position, taken_on, entries, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, clientId, courseId, coursePosition, takenOn, JSON.stringify(entries), createdAt);
    insertMeasures(db, id, measures);
  })();
}

/** Replaces what a stored assessment says, and its scores with it; its client, course and id stay. */
export function replaceAssessment(db: ClinicDatabase, assessment: Assessment): void {
  const {
    id,
    clientId: _client,
    courseId: _course,
    coursePosition,
    takenOn,
    measures,
    createdAt: _at,
    ...entries
  } = assessment;
  db.transaction(() => {
    db.prepare(
      'UPDATE outcome_assessments SET course_position = ?, taken_on = ?, entries = ? WHERE id = ?',
    ).run(coursePosition, takenOn, JSON.stringify(entries), id);
    db.prepare('DELETE FROM outcome_measures WHERE assessment_id = ?').run(id);
    insertMeasures(db, id, measures);
  })();
}

/** Removes the assessment and, by cascade, its scores; a course that named it baseline falls back to its first. */
export function deleteAssessment(db: ClinicDatabase, id: string): void {
  db.prepare('DELETE FROM outcome_assessments WHERE id = ?').run(id);
}

export function setCourseBaseline(db: ClinicDatabase, courseId: string, assessmentId: string): void {
  db.prepare('UPDATE courses SET baseline_assessment_id = ? WHERE id = ?').run(assessmentId, courseId);
}

/** The assessment the therapist named as the course's baseline, or null for the first by date. */
export function courseBaselineId(db: ClinicDatabase, courseId: string): string | null {
  return (
    (db.prepare('SELECT baseline_assessment_id FROM courses WHERE id = ?').pluck().get(courseId) as
      string | null | undefined) ?? null
  );
}

function insertMeasures(db: ClinicDatabase, id: string, measures: readonly Measure[]): void {
  const insert = db.prepare(
    `INSERT INTO outcome_measures (assessment_id, position, kind, instrument, score, lower_is_better)
       VALUES (?, ?, ?, ?, ?, ?)`,
  );
  measures.forEach((measure, position) =>
    insert.run(id, position, measure.kind, measure.instrument, measure.score, measure.lowerIsBetter ? 1 : 0),
  );
}

export function findAssessment(db: ClinicDatabase, id: string): Assessment | undefined {
  const row = db.prepare('SELECT * FROM outcome_assessments WHERE id = ?').get(id) as
    AssessmentRow | undefined;
  return row && toAssessment(db, row);
}

export function findAssessmentAtPoint(
  db: ClinicDatabase,
  courseId: string,
  position: number,
): string | undefined {
  const row = db
    .prepare('SELECT id FROM outcome_assessments WHERE course_id = ? AND course_position = ?')
    .get(courseId, position) as { id: string } | undefined;
  return row?.id;
}

export function listClientAssessments(db: ClinicDatabase, clientId: string): Assessment[] {
  const rows = db
    .prepare('SELECT * FROM outcome_assessments WHERE client_id = ? ORDER BY taken_on, created_at')
    .all(clientId) as AssessmentRow[];
  return rows.map((row) => toAssessment(db, row));
}

export function listCourseAssessments(db: ClinicDatabase, courseId: string): Assessment[] {
  const rows = db
    .prepare('SELECT * FROM outcome_assessments WHERE course_id = ? ORDER BY taken_on, created_at')
    .all(courseId) as AssessmentRow[];
  return rows.map((row) => toAssessment(db, row));
}

/** Sessions that took place, with the minutes actually given (else planned) and the pain noted. */
const HELD_SESSIONS = `SELECT id, substr(starts_at, 1, 10) AS date, coalesce(actual_minutes, planned_minutes) AS minutes,
         pain_before AS painBefore, pain_after AS painAfter
       FROM sessions
       WHERE deleted_at IS NULL AND status IN ('completed', 'signed')`;

/** The course's sessions that took place, by day. */
export function heldSessions(db: ClinicDatabase, courseId: string): HeldSession[] {
  return db.prepare(`${HELD_SESSIONS} AND course_id = ? ORDER BY starts_at`).all(courseId) as HeldSession[];
}

/** The client's sessions outside any course that took place, by day: their story when there is no course. */
export function heldSessionsOutsideCourses(db: ClinicDatabase, clientId: string): HeldSession[] {
  return db
    .prepare(`${HELD_SESSIONS} AND client_id = ? AND course_id IS NULL ORDER BY starts_at`)
    .all(clientId) as HeldSession[];
}

export interface OutstandingAssessmentRow {
  clientId: string;
  clientName: string;
  courseId: string;
  courseName: string;
  position: number;
  label: string;
  dueDate: string;
}

/** Scheduled assessments of live courses and clients, not yet recorded, due on or before `until`. */
export function outstandingAssessments(db: ClinicDatabase, until: string): OutstandingAssessmentRow[] {
  return db
    .prepare(
      `SELECT c.id AS clientId, c.given_name || ' ' || c.family_name AS clientName, k.id AS courseId,
         k.name AS courseName, a.position, a.label, a.due_date AS dueDate
       FROM course_assessments a
         JOIN courses k ON k.id = a.course_id
         JOIN clients c ON c.id = k.client_id
         LEFT JOIN outcome_assessments o ON o.course_id = a.course_id AND o.course_position = a.position
       WHERE o.id IS NULL AND k.deleted_at IS NULL AND c.deleted_at IS NULL AND c.archived_at IS NULL
         AND a.due_date <= ?
       ORDER BY a.due_date, clientName`,
    )
    .all(until) as OutstandingAssessmentRow[];
}
