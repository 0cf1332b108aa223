import { IDLE_LOCK_LIMITS } from '../../../shared/api/access';
import type { AccessSession } from '../access/session';
import type { ClinicDatabase } from '../db/open';
import { idleLockSeconds } from '../db/repositories/profiles';
import type { NewAuditEntry } from '../db/repositories/audit-log';
import { idleLockEntry } from './audit-recorder';

/**
 * Main's own idle lock, checked as each call arrives rather than by a timer: the runtime's clock
 * decides, so a frozen or hostile page cannot keep a session open by asking, and tests set the time.
 * The idle time is read from the database every time, so a shortened one applies at once.
 */
export function lockWhenIdle(ports: {
  session: AccessSession;
  now: () => Date;
  db: ClinicDatabase;
  record: (entry: NewAuditEntry) => void;
  /** Called with the moment the lock took effect, for what must not outlive the session (a hold). */
  onLocked: (lockedAt: Date) => void;
}): void {
  const at = ports.now();
  if (ports.session.profileId() === null) return;
  const expired = ports.session.lockIfIdle(at, idleSecondsOf(ports.db) * 1000);
  if (!expired) return;
  ports.record(idleLockEntry(expired.profileId, at));
  ports.onLocked(expired.lockedAt);
}

/** A damaged file (open for recovery) may not yield its policy; the default applies then. */
function idleSecondsOf(db: ClinicDatabase): number {
  try {
    return idleLockSeconds(db);
  } catch {
    return IDLE_LOCK_LIMITS.default;
  }
}
