import { callAction } from '../../../shared/api/call-kinds';
import type { CallName } from '../../../shared/api/names';
import { recordIdsOf } from '../audit/record-ids';
import { appendAuditEntry } from '../db/repositories/audit-log';
import type { ClinicDatabase } from '../db/open';

/**
 * Calls that concern the app itself, not anyone's records (made on every screen), and reads of the
 * log itself, which would otherwise add an entry each time someone looks at it.
 */
const NOT_AUDITED: readonly string[] = ['app.info', 'access.status', 'audit.list', 'audit.verify'];

/**
 * Appends one audit entry for a successful call, derived from its name (the action) and the ids in
 * its input and output (the records). A look at nothing (an empty list) is not worth an entry.
 */
export function recordCall(
  db: ClinicDatabase,
  entry: { name: CallName; input: unknown; value: unknown; profileId: string | null; at: Date },
): void {
  if (NOT_AUDITED.includes(entry.name)) return;
  const action = callAction(entry.name);
  const recordIds = recordIdsOf(entry.input, entry.value);
  if (action === 'viewed' && recordIds.length === 0) return;
  appendAuditEntry(db, {
    at: entry.at.toISOString(),
    profileId: entry.profileId,
    call: entry.name,
    action,
    recordIds,
  });
}
