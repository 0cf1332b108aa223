import type { ProfileSummary } from '../../../../shared/api/access';
import type { ClinicDatabase } from '../open';
import { prepared } from '../statements';

export function listProfiles(db: ClinicDatabase): ProfileSummary[] {
  return db
    .prepare('SELECT id, display_name AS displayName FROM profiles ORDER BY display_name COLLATE NOCASE')
    .all() as ProfileSummary[];
}

export function findProfileHash(
  db: ClinicDatabase,
  id: string,
): { displayName: string; hash: string } | undefined {
  return db
    .prepare('SELECT display_name AS displayName, passphrase_hash AS hash FROM profiles WHERE id = ?')
    .get(id) as { displayName: string; hash: string } | undefined;
}

export function insertProfile(
  db: ClinicDatabase,
  profile: { id: string; displayName: string; hash: string; createdAt: string },
): void {
  db.prepare(
    'INSERT INTO profiles (id, display_name, passphrase_hash, created_at) VALUES (@id, @displayName, @hash, @createdAt)',
  ).run(profile);
}

/** Read on every call (main's idle lock), so its statement is compiled once per connection. */
export function idleLockSeconds(db: ClinicDatabase): number {
  return (
    prepared(db, 'SELECT idle_lock_seconds AS s FROM access_policy WHERE id = 1').get() as { s: number }
  ).s;
}

export function setIdleLockSeconds(db: ClinicDatabase, seconds: number): void {
  db.prepare('UPDATE access_policy SET idle_lock_seconds = ? WHERE id = 1').run(seconds);
}
