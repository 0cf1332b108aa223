import type { AuditEntry } from '../../../../shared/api/audit';
import type { AuditAction } from '../../../../shared/api/audit-actions';
import { entryHash, type StoredEntry } from '../../audit/chain';
import type { ClinicDatabase } from '../open';
import { prepared } from '../statements';

interface AuditRow {
  seq: number;
  at: string;
  profile_id: string | null;
  call: string;
  action: string;
  record_ids: string;
  reason: string | null;
  prev_hash: string;
  hash: string;
}

function toStored(row: AuditRow): StoredEntry {
  return {
    seq: row.seq,
    at: row.at,
    profileId: row.profile_id,
    call: row.call,
    action: row.action,
    recordIds: JSON.parse(row.record_ids) as string[],
    reason: row.reason,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export interface NewAuditEntry {
  at: string;
  profileId: string | null;
  call: string;
  action: AuditAction;
  recordIds: string[];
  /** Why, in the therapist's words, for a correction or a deletion; null otherwise. */
  reason: string | null;
}

/** Appends one entry chained to the last; in a transaction so two appends cannot share a predecessor. */
export function appendAuditEntry(db: ClinicDatabase, entry: NewAuditEntry): void {
  db.transaction(() => {
    const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
      { seq: number; hash: string } | undefined;
    const seq = (last?.seq ?? 0) + 1;
    const prevHash = last?.hash ?? '';
    const hash = entryHash(prevHash, { seq, ...entry });
    db.prepare(
      `INSERT INTO audit_log (seq, at, profile_id, call, action, record_ids, reason, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      seq,
      entry.at,
      entry.profileId,
      entry.call,
      entry.action,
      JSON.stringify(entry.recordIds),
      entry.reason,
      prevHash,
      hash,
    );
    // Rows left by entries cut off behind the app's back must not name the entry now at their number.
    prepared(db, 'DELETE FROM audit_record_ids WHERE seq >= ?').run(seq);
    const byRecord = prepared(db, 'INSERT INTO audit_record_ids (seq, record_id) VALUES (?, ?)');
    for (const recordId of entry.recordIds) byRecord.run(seq, recordId);
  })();
}

function toEntry(row: AuditRow): AuditEntry {
  const { prevHash: _prev, hash: _hash, ...entry } = toStored(row);
  return { ...entry, action: entry.action as AuditAction };
}

export function listAuditEntries(db: ClinicDatabase, limit: number, beforeSeq?: number): AuditEntry[] {
  const rows = db
    .prepare('SELECT * FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT ?')
    .all(beforeSeq ?? Number.MAX_SAFE_INTEGER, limit) as AuditRow[];
  return rows.map(toEntry);
}

/** Which entries to read: each filter left out matches every entry; `until` is exclusive. */
export interface AuditFilter {
  clientId?: string;
  profileId?: string;
  action?: AuditAction;
  from?: string;
  until?: string;
}

/**
 * Every record of a client's that an entry can name: the client, their sessions, courses and
 * assessments, and their sessions' findings, zones and addenda. Each part is read through the
 * index on its client or session.
 */
const CLIENT_RECORD_IDS = `
  SELECT @clientId
  UNION ALL SELECT id FROM sessions WHERE client_id = @clientId
  UNION ALL SELECT id FROM courses WHERE client_id = @clientId
  UNION ALL SELECT id FROM outcome_assessments WHERE client_id = @clientId
  UNION ALL SELECT f.id FROM sessions s JOIN findings f ON f.session_id = s.id WHERE s.client_id = @clientId
  UNION ALL SELECT z.id FROM sessions s JOIN treatment_zones z ON z.session_id = s.id WHERE s.client_id = @clientId
  UNION ALL SELECT a.id FROM sessions s JOIN session_addenda a ON a.session_id = s.id WHERE s.client_id = @clientId`;

/** The entries matching `filter`, newest first, `limit` of them from before `beforeSeq`. */
export function searchAuditEntries(
  db: ClinicDatabase,
  filter: AuditFilter,
  page: { limit: number; beforeSeq?: number },
): AuditEntry[] {
  const where = ['seq < @beforeSeq'];
  if (filter.profileId !== undefined) where.push('profile_id = @profileId');
  if (filter.action !== undefined) where.push('action = @action');
  if (filter.from !== undefined) where.push('at >= @from');
  if (filter.until !== undefined) where.push('at < @until');
  if (filter.clientId !== undefined) {
    where.push(`seq IN (SELECT seq FROM audit_record_ids WHERE record_id IN (${CLIENT_RECORD_IDS}))`);
  }
  const rows = db
    .prepare(`SELECT * FROM audit_log WHERE ${where.join(' AND ')} ORDER BY seq DESC LIMIT @limit`)
    .all({
      ...filter,
      beforeSeq: page.beforeSeq ?? Number.MAX_SAFE_INTEGER,
      limit: page.limit,
    }) as AuditRow[];
  return rows.map(toEntry);
}

/** The client a record belongs to, by primary-key look-ups, or undefined for a record of no client's. */
export function clientOfRecord(db: ClinicDatabase, recordId: string): string | undefined {
  return prepared(
    db,
    `SELECT id FROM clients WHERE id = @id
     UNION ALL SELECT client_id FROM sessions WHERE id = @id
     UNION ALL SELECT client_id FROM courses WHERE id = @id
     UNION ALL SELECT client_id FROM outcome_assessments WHERE id = @id
     UNION ALL SELECT s.client_id FROM findings f JOIN sessions s ON s.id = f.session_id WHERE f.id = @id
     UNION ALL SELECT s.client_id FROM treatment_zones z JOIN sessions s ON s.id = z.session_id WHERE z.id = @id
     UNION ALL SELECT s.client_id FROM session_addenda a JOIN sessions s ON s.id = a.session_id WHERE a.id = @id
     LIMIT 1`,
  )
    .pluck()
    .get({ id: recordId }) as string | undefined;
}

/** Every stored entry in order, read lazily so verifying a long log does not hold it all in memory. */
export function* allAuditEntries(db: ClinicDatabase): Generator<StoredEntry> {
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as Iterable<AuditRow>) {
    yield toStored(row);
  }
}

export function countAuditEntries(db: ClinicDatabase): number {
  return (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
}
