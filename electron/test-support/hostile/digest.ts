import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';

/**
 * A hash of every row of every table, to prove a refused call wrote nothing at all. A search
 * index is hashed through its shadow tables, which hold what it stores; those kept WITHOUT ROWID
 * are read in their primary key's order.
 */
export function databaseDigest(db: Database): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
    )
    .all() as { name: string; sql: string }[];
  for (const { name: table, sql } of tables) {
    hash.update(`\u0000${table}\u0000`);
    const order = /WITHOUT ROWID/i.test(sql) ? '' : ' ORDER BY rowid';
    for (const row of db.prepare(`SELECT * FROM "${table}"${order}`).raw().iterate()) {
      hash.update(
        JSON.stringify(row, (_key, value: unknown) =>
          Buffer.isBuffer(value) ? value.toString('hex') : value,
        ),
      );
    }
  }
  return hash.digest('hex');
}
