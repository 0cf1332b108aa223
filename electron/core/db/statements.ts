import type { Statement } from 'better-sqlite3';
import type { ClinicDatabase } from './open';

const compiled = new WeakMap<ClinicDatabase, Map<string, Statement>>();

/**
 * The connection's statement for `sql`, compiled on first use and kept: compiling takes 30-50 µs,
 * longer than the insert itself, which counts when a session's marks or a generated clinic's
 * million rows go in one after another. A reopened connection (restore) starts its own cache.
 */
export function prepared(db: ClinicDatabase, sql: string): Statement {
  let statements = compiled.get(db);
  if (!statements) compiled.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement;
}
