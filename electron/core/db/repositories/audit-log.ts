import type { AuditEntry } from '../../../../shared/api/audit';
import type { AuditAction } from '../../../../shared/api/audit-actions';
import { entryHash, type StoredEntry } from '../../audit/chain';
import type { ClinicDatabase } from '../open';

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
  })();
}

export function listAuditEntries(db: ClinicDatabase, limit: number, beforeSeq?: number): AuditEntry[] {
  const rows = db
    .prepare('SELECT * FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT ?')
    .all(beforeSeq ?? Number.MAX_SAFE_INTEGER, limit) as AuditRow[];
  return rows.map((row) => {
    const { prevHash: _prev, hash: _hash, ...entry } = toStored(row);
    return { ...entry, action: entry.action as AuditAction };
  });
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
