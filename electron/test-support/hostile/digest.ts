import { createHash } from 'node:crypto';
import type { ClinicDatabase } from '../../core/db/open';

/** A hash of every row of every table, to prove a refused call wrote nothing at all. */
export function databaseDigest(db: ClinicDatabase): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const table of tables) {
    hash.update(`\u0000${table}\u0000`);
    for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().iterate()) {
      hash.update(
        JSON.stringify(row, (_key, value: unknown) =>
          Buffer.isBuffer(value) ? value.toString('hex') : value,
        ),
      );
    }
  }
  return hash.digest('hex');
}
