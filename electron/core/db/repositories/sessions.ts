import type {
  Addendum,
  Session,
  SessionDraft,
  SessionNote,
  SessionStatus,
} from '../../../../shared/domain/session';
import type { ClinicDatabase } from '../open';
import { prepared } from '../statements';

interface SessionRow {
  id: string;
  client_id: string;
  course_id: string | null;
  starts_at: string;
  planned_minutes: number;
  actual_minutes: number | null;
  status: SessionStatus;
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
  pain_before: number | null;
  pain_after: number | null;
  response: string;
  soreness: Session['soreness'];
  flare: 0 | 1;
  /** JSON: the regions the soreness or flare is in. */
  soreness_regions: string;
  home_care: string;
  signed_at: string | null;
  signed_by: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  /** Position in its course among live sessions, and their count (computed by the query). */
  number: number | null;
  course_total: number | null;
  draft_fields: string | null;
  draft_saved_at: string | null;
}

/** Numbers a course's live sessions by date, so "session n of N" follows the calendar. */
const SELECT_SESSIONS = `
  SELECT s.*,
    CASE WHEN s.course_id IS NOT NULL AND s.deleted_at IS NULL THEN
      (SELECT count(*) FROM sessions o WHERE o.course_id = s.course_id AND o.deleted_at IS NULL
         AND (o.starts_at < s.starts_at OR (o.starts_at = s.starts_at AND o.rowid <= s.rowid))) END AS number,
    CASE WHEN s.course_id IS NOT NULL THEN
      (SELECT count(*) FROM sessions o WHERE o.course_id = s.course_id AND o.deleted_at IS NULL) END AS course_total,
    d.fields AS draft_fields, d.saved_at AS draft_saved_at
  FROM sessions s LEFT JOIN session_drafts d ON d.session_id = s.id`;

function toSession(row: SessionRow, addenda: Addendum[]): Session {
  return {
    id: row.id,
    clientId: row.client_id,
    courseId: row.course_id,
    startsAt: row.starts_at,
    plannedMinutes: row.planned_minutes,
    actualMinutes: row.actual_minutes,
    status: row.status,
    subjective: row.subjective,
    objective: row.objective,
    assessment: row.assessment,
    plan: row.plan,
    painBefore: row.pain_before,
    painAfter: row.pain_after,
    response: row.response,
    soreness: row.soreness,
    flare: row.flare === 1,
    sorenessRegions: JSON.parse(row.soreness_regions) as string[],
    homeCare: row.home_care,
    number: row.number,
    courseTotal: row.course_total,
    signedAt: row.signed_at,
    signedBy: row.signed_by,
    addenda,
    draft: row.draft_fields === null ? null : (JSON.parse(row.draft_fields) as SessionDraft),
    draftSavedAt: row.draft_saved_at,
    deletedAt: row.deleted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function addendaOf(db: ClinicDatabase, sessionId: string): Addendum[] {
  return db
    .prepare(
      'SELECT id, body, author, created_at AS createdAt FROM session_addenda WHERE session_id = ? ORDER BY created_at, rowid',
    )
    .all(sessionId) as Addendum[];
}

export function findSession(db: ClinicDatabase, id: string): Session | undefined {
  const row = db.prepare(`${SELECT_SESSIONS} WHERE s.id = ?`).get(id) as SessionRow | undefined;
  return row && toSession(row, addendaOf(db, id));
}

/**
 * The client's sessions in appointment order, the first one first, so a course reads session 1 to N;
 * leaves out those of deleted courses (they come back with the course).
 */
export function listClientSessions(db: ClinicDatabase, clientId: string): Session[] {
  const rows = db
    .prepare(
      `${SELECT_SESSIONS}
       WHERE s.client_id = ? AND (s.course_id IS NULL
         OR NOT EXISTS (SELECT 1 FROM courses k WHERE k.id = s.course_id AND k.deleted_at IS NOT NULL))
       ORDER BY s.starts_at, s.rowid`,
    )
    .all(clientId) as SessionRow[];
  return rows.map((row) => toSession(row, addendaOf(db, row.id)));
}

export interface NewSessionRow {
  id: string;
  clientId: string;
  courseId: string | null;
  startsAt: string;
  plannedMinutes: number;
  at: string;
}

export function insertSession(db: ClinicDatabase, row: NewSessionRow): void {
  prepared(
    db,
    `INSERT INTO sessions (id, client_id, course_id, starts_at, planned_minutes, status, created_at, updated_at)
     VALUES (@id, @clientId, @courseId, @startsAt, @plannedMinutes, 'planned', @at, @at)`,
  ).run(row);
}

export type SessionFields = SessionNote & {
  startsAt: string;
  plannedMinutes: number;
  actualMinutes: number | null;
  status: Exclude<SessionStatus, 'signed'>;
};

export function updateSessionRow(db: ClinicDatabase, id: string, fields: SessionFields, at: string): void {
  prepared(
    db,
    `UPDATE sessions SET starts_at = @startsAt, planned_minutes = @plannedMinutes, actual_minutes = @actualMinutes,
       status = @status, subjective = @subjective, objective = @objective, assessment = @assessment, plan = @plan,
       pain_before = @painBefore, pain_after = @painAfter, response = @response, soreness = @soreness,
       flare = @flare, soreness_regions = @sorenessRegions, home_care = @homeCare, updated_at = @at
     WHERE id = @id`,
  ).run({
    ...fields,
    flare: fields.flare ? 1 : 0,
    sorenessRegions: JSON.stringify(fields.sorenessRegions),
    id,
    at,
  });
}

export function markSigned(db: ClinicDatabase, id: string, signer: string, at: string): void {
  db.prepare(
    "UPDATE sessions SET status = 'signed', signed_at = @at, signed_by = @signer, updated_at = @at WHERE id = @id",
  ).run({ id, signer, at });
}

export function setSessionDeleted(db: ClinicDatabase, id: string, stamp: string | null, at: string): void {
  db.prepare('UPDATE sessions SET deleted_at = ?, updated_at = ? WHERE id = ?').run(stamp, at, id);
}

export function purgeSession(db: ClinicDatabase, id: string): void {
  db.prepare('DELETE FROM sessions WHERE id = ?').run(id);
}

export function saveDraft(db: ClinicDatabase, sessionId: string, draft: SessionDraft, at: string): void {
  db.prepare(
    `INSERT INTO session_drafts (session_id, fields, saved_at) VALUES (?, ?, ?)
     ON CONFLICT (session_id) DO UPDATE SET fields = excluded.fields, saved_at = excluded.saved_at`,
  ).run(sessionId, JSON.stringify(draft), at);
}

export function deleteDraft(db: ClinicDatabase, sessionId: string): void {
  db.prepare('DELETE FROM session_drafts WHERE session_id = ?').run(sessionId);
}

export function insertAddendum(db: ClinicDatabase, sessionId: string, addendum: Addendum): void {
  db.prepare(
    'INSERT INTO session_addenda (id, session_id, body, author, created_at) VALUES (?, ?, ?, ?, ?)',
  ).run(addendum.id, sessionId, addendum.body, addendum.author, addendum.createdAt);
}

/** A planned session the therapist has started is in progress; any other status stays as it is. */
export function markInProgress(db: ClinicDatabase, id: string, at: string): void {
  db.prepare(
    "UPDATE sessions SET status = 'in_progress', updated_at = ? WHERE id = ? AND status = 'planned'",
  ).run(at, id);
}
