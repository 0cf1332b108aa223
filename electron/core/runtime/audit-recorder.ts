import { policyOf } from '../../../shared/api/contract';
import type { CallName } from '../../../shared/api/names';
import { recordIdsOf } from '../audit/record-ids';
import { appendAuditEntry, type NewAuditEntry } from '../db/repositories/audit-log';
import type { ClinicDatabase } from '../db/open';

/** Stands in an entry's `call` when main locked the app itself after the idle time: no call did. */
export const IDLE_LOCK_CALL = 'main.idleLock';

/**
 * The audit entry for a successful call, with the verb its policy declares, the ids in its input
 * and output (the records) and the reason given when its policy asks for one, or undefined when it needs none: calls about the app itself (declared
 * `none`) and a look at nothing (an empty list).
 */
export function auditEntryFor(call: {
  name: CallName;
  input: unknown;
  value: unknown;
  profileId: string | null;
  at: Date;
}): NewAuditEntry | undefined {
  const policy = policyOf(call.name);
  const action = policy.audit;
  if (action === 'none') return undefined;
  const recordIds = recordIdsOf(call.input, call.value);
  if (action === 'viewed' && recordIds.length === 0) return undefined;
  // The contract has checked the input: a call that records a reason has one.
  const reason = policy.recordsReason ? (call.input as { reason: string }).reason : null;
  return { at: call.at.toISOString(), profileId: call.profileId, call: call.name, action, recordIds, reason };
}

/** The entry for main's own lock after the idle time, naming the therapist whose session ended. */
export function idleLockEntry(profileId: string, at: Date): NewAuditEntry {
  return {
    at: at.toISOString(),
    profileId,
    call: IDLE_LOCK_CALL,
    action: 'locked',
    recordIds: [],
    reason: null,
  };
}

/**
 * The audit log as the runtime writes it. Entries the disk refused (a view on a full disk) wait here,
 * in memory and in order, and are written before the next entry that the disk takes, so the chain
 * keeps the order things happened in.
 */
export interface AuditTrail {
  /**
   * Appends the waiting entries, then `entry`, inside the caller's transaction. Returns what to call
   * once that transaction has committed: only then are the waiting entries forgotten.
   */
  write: (db: ClinicDatabase, entry: NewAuditEntry) => () => void;
  /** Keeps an entry the disk refused, to be written first next time. */
  keep: (entry: NewAuditEntry) => void;
}

export function createAuditTrail(): AuditTrail {
  const waiting: NewAuditEntry[] = [];
  return {
    write: (db, entry) => {
      const flushed = waiting.length;
      for (const earlier of waiting) appendAuditEntry(db, earlier);
      appendAuditEntry(db, entry);
      return () => void waiting.splice(0, flushed);
    },
    keep: (entry) => void waiting.push(entry),
  };
}
