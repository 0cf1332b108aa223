import type Database from 'better-sqlite3';

/**
 * SQLite's two checks. `quick_check` walks every page's structure in about half the time, but does
 * not compare an index's entries with its table's rows, so a damaged index passes it;
 * `integrity_check` does that too.
 */
export type IntegrityCheck = 'integrity_check' | 'quick_check';

/** Whether the file passes `check`; it stops at SQLite's first complaint, so damage costs no extra time. */
export function passesCheck(db: Database.Database, check: IntegrityCheck): boolean {
  return db.pragma(`${check}(1)`, { simple: true }) === 'ok';
}
