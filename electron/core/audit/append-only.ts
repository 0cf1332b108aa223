import { appendAuditEntry } from '../db/repositories/audit-log';
import type { ClinicDatabase } from '../db/open';

/**
 * The triggers that make the audit log append-only, exactly as migration 2 created them (compared
 * with whitespace collapsed, since SQLite keeps the statement's own spacing).
 */
const GUARDS: ReadonlyMap<string, string> = new Map([
  [
    'audit_log_no_update',
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'The audit log is append-only'); END",
  ],
  [
    'audit_log_no_delete',
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'The audit log is append-only'); END",
  ],
]);

/** How the app's own entry for guards put back is named in the log. */
export const GUARDS_RESTORED_CALL = 'audit.restoreGuards';

const collapse = (sql: string) => sql.replace(/\s+/g, ' ').trim();

/**
 * Checked at every start (and after a restore): a guard dropped or rewritten behind the app's back is
 * put back, and any other trigger on the log is removed, since one could quietly swallow new entries
 * (`RAISE(IGNORE)`). What was repaired is recorded as an entry of the app's own, in the same
 * transaction. Returns the names of the triggers put back or removed.
 */
export function restoreAppendOnly(db: ClinicDatabase, at: Date): string[] {
  return db.transaction(() => {
    const triggers = db
      .prepare("SELECT name, tbl_name AS tableName, sql FROM sqlite_schema WHERE type = 'trigger'")
      .all() as { name: string; tableName: string; sql: string }[];
    const repaired: string[] = [];
    for (const trigger of triggers) {
      if (GUARDS.has(trigger.name) || trigger.tableName !== 'audit_log') continue;
      db.exec(`DROP TRIGGER "${trigger.name.replaceAll('"', '""')}"`);
      repaired.push(trigger.name);
    }
    for (const [name, sql] of GUARDS) {
      const stored = triggers.find((trigger) => trigger.name === name);
      if (stored && collapse(stored.sql) === sql) continue;
      if (stored) db.exec(`DROP TRIGGER ${name}`);
      db.exec(sql);
      repaired.push(name);
    }
    if (repaired.length > 0) {
      appendAuditEntry(db, {
        at: at.toISOString(),
        profileId: null,
        call: GUARDS_RESTORED_CALL,
        action: 'changed',
        recordIds: [],
        reason: null,
      });
    }
    return repaired;
  })();
}
