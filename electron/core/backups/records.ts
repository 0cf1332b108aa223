import type Database from 'better-sqlite3';

/** The tables whose rows make a clinic worth keeping: its therapists and its clients. */
const RECORD_TABLES = ['profiles', 'clients'] as const;

/**
 * Whether a clinic holds records: at least one therapist profile or one client (soft-deleted ones
 * count). A clinic that was only ever started, never set up, holds none, and a backup of it must not
 * take the place of one that does. Tables a file's older schema lacks count as empty.
 */
export function holdsRecords(db: Database.Database): boolean {
  const present = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (${RECORD_TABLES.map(() => '?')})`,
    )
    .pluck()
    .all(...RECORD_TABLES) as string[];
  return present.some((table) => db.prepare(`SELECT EXISTS (SELECT 1 FROM "${table}")`).pluck().get() === 1);
}
