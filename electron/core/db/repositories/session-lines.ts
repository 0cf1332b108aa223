import type { ClinicDatabase } from '../open';

/** The myofascial line chosen for a session's plan and printouts, or null for none. */
export function findSessionLine(db: ClinicDatabase, sessionId: string): string | null {
  const row = db.prepare('SELECT highlighted_line FROM sessions WHERE id = ?').get(sessionId) as
    { highlighted_line: string | null } | undefined;
  return row?.highlighted_line ?? null;
}

export function saveSessionLine(db: ClinicDatabase, sessionId: string, lineId: string | null): void {
  db.prepare('UPDATE sessions SET highlighted_line = ? WHERE id = ?').run(lineId, sessionId);
}
