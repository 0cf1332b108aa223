import type { FlagAcknowledgement } from '../../../../shared/domain/plan/records';
import type { ClinicDatabase } from '../open';

interface AcknowledgementRow {
  flag_key: string;
  zone_id: string;
  kind: FlagAcknowledgement['kind'];
  reason: string;
  by_profile_id: string | null;
  by_name: string;
  acknowledged_at: string;
}

const fromRow = (row: AcknowledgementRow): FlagAcknowledgement => ({
  key: row.flag_key,
  zoneId: row.zone_id,
  kind: row.kind,
  reason: row.reason,
  acknowledgedBy: { profileId: row.by_profile_id, name: row.by_name },
  acknowledgedAt: row.acknowledged_at,
});

export function listAcknowledgements(db: ClinicDatabase, sessionId: string): FlagAcknowledgement[] {
  const rows = db
    .prepare('SELECT * FROM flag_acknowledgements WHERE session_id = ? ORDER BY acknowledged_at, flag_key')
    .all(sessionId) as AcknowledgementRow[];
  return rows.map(fromRow);
}

/** A flag acknowledged again under the same key replaces the old record: its reason has changed. */
export function saveAcknowledgement(db: ClinicDatabase, sessionId: string, ack: FlagAcknowledgement): void {
  db.prepare(
    `INSERT INTO flag_acknowledgements
       (session_id, flag_key, zone_id, kind, reason, by_profile_id, by_name, acknowledged_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (session_id, flag_key) DO UPDATE SET zone_id = excluded.zone_id, kind = excluded.kind,
       reason = excluded.reason, by_profile_id = excluded.by_profile_id, by_name = excluded.by_name,
       acknowledged_at = excluded.acknowledged_at`,
  ).run(
    sessionId,
    ack.key,
    ack.zoneId,
    ack.kind,
    ack.reason,
    ack.acknowledgedBy.profileId,
    ack.acknowledgedBy.name,
    ack.acknowledgedAt,
  );
}
