import type { ProfileSummary } from '../../../../shared/api/access';
import type { ClinicDatabase } from '../open';
import { prepared } from '../statements';

/** The therapists who may unlock: a deactivated profile stays in the file only to name its past work. */
export function listActiveProfiles(db: ClinicDatabase): ProfileSummary[] {
  return db
    .prepare(
      `SELECT id, display_name AS displayName FROM profiles WHERE deactivated_at IS NULL
       ORDER BY display_name COLLATE NOCASE`,
    )
    .all() as ProfileSummary[];
}

/** Whether any profile was ever made: until then FasciaMap is in first-run setup. */
export function hasProfiles(db: ClinicDatabase): boolean {
  return db.prepare('SELECT 1 FROM profiles LIMIT 1').get() !== undefined;
}

export interface StoredProfile {
  displayName: string;
  hash: string;
  deactivatedAt: string | null;
}

export function findProfileHash(db: ClinicDatabase, id: string): StoredProfile | undefined {
  return db
    .prepare(
      `SELECT display_name AS displayName, passphrase_hash AS hash, deactivated_at AS deactivatedAt
       FROM profiles WHERE id = ?`,
    )
    .get(id) as StoredProfile | undefined;
}

export function setProfileHash(db: ClinicDatabase, id: string, hash: string): void {
  db.prepare('UPDATE profiles SET passphrase_hash = ? WHERE id = ?').run(hash, id);
}

export function deactivateProfile(db: ClinicDatabase, id: string, at: string): void {
  db.prepare('UPDATE profiles SET deactivated_at = ? WHERE id = ? AND deactivated_at IS NULL').run(at, id);
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
