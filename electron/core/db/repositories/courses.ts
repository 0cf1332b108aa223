import type { ScheduledAssessment } from '../../../../shared/domain/course';
import type { ClinicDatabase } from '../open';

export interface CourseRecord {
  id: string;
  clientId: string;
  templateId: string | null;
  name: string;
  startDate: string;
  sessionCount: number | null;
  intervalDays: number;
  sessionMinutes: number;
  assessments: ScheduledAssessment[];
  deletedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

interface CourseRow {
  id: string;
  client_id: string;
  template_id: string | null;
  name: string;
  start_date: string;
  session_count: number | null;
  interval_days: number;
  session_minutes: number;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
}

function toRecord(db: ClinicDatabase, row: CourseRow): CourseRecord {
  const assessments = db
    .prepare(
      'SELECT label, due_date AS dueDate FROM course_assessments WHERE course_id = ? ORDER BY position',
    )
    .all(row.id) as ScheduledAssessment[];
  return {
    id: row.id,
    clientId: row.client_id,
    templateId: row.template_id,
    name: row.name,
    startDate: row.start_date,
    sessionCount: row.session_count,
    intervalDays: row.interval_days,
    sessionMinutes: row.session_minutes,
    assessments,
    deletedAt: row.deleted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function insertCourse(db: ClinicDatabase, course: CourseRecord): void {
  db.prepare(
    `INSERT INTO courses (id, client_id, template_id, name, start_date, session_count, interval_days, session_minutes,
       created_at, updated_at)
     VALUES (@id, @clientId, @templateId, @name, @startDate, @sessionCount, @intervalDays, @sessionMinutes,
       @createdAt, @updatedAt)`,
  ).run({
    id: course.id,
    clientId: course.clientId,
    templateId: course.templateId,
    name: course.name,
    startDate: course.startDate,
    sessionCount: course.sessionCount,
    intervalDays: course.intervalDays,
    sessionMinutes: course.sessionMinutes,
    createdAt: course.createdAt,
    updatedAt: course.updatedAt,
  });
  const insert = db.prepare(
    'INSERT INTO course_assessments (course_id, position, label, due_date) VALUES (?, ?, ?, ?)',
  );
  course.assessments.forEach((assessment, position) =>
    insert.run(course.id, position, assessment.label, assessment.dueDate),
  );
}

export function findCourse(db: ClinicDatabase, id: string): CourseRecord | undefined {
  const row = db.prepare('SELECT * FROM courses WHERE id = ?').get(id) as CourseRow | undefined;
  return row && toRecord(db, row);
}

export function listCourses(db: ClinicDatabase, clientId: string): CourseRecord[] {
  const rows = db
    .prepare('SELECT * FROM courses WHERE client_id = ? ORDER BY start_date DESC, created_at DESC')
    .all(clientId) as CourseRow[];
  return rows.map((row) => toRecord(db, row));
}

/** Sessions done (completed or signed) and in total, live ones only. */
export function courseSessionCounts(db: ClinicDatabase, courseId: string): { done: number; total: number } {
  return db
    .prepare(
      `SELECT count(*) AS total, count(*) FILTER (WHERE status IN ('completed', 'signed')) AS done
       FROM sessions WHERE course_id = ? AND deleted_at IS NULL`,
    )
    .get(courseId) as { done: number; total: number };
}

export function setCourseDeleted(db: ClinicDatabase, id: string, stamp: string | null, at: string): void {
  db.prepare('UPDATE courses SET deleted_at = ?, updated_at = ? WHERE id = ?').run(stamp, at, id);
}

/** Removes the course and, by cascade, its sessions, their drafts and addenda. */
export function purgeCourse(db: ClinicDatabase, id: string): void {
  db.prepare('DELETE FROM courses WHERE id = ?').run(id);
}
