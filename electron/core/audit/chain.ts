import { createHash } from 'node:crypto';

export interface AuditFields {
  seq: number;
  at: string;
  profileId: string | null;
  call: string;
  action: string;
  recordIds: string[];
  /** Why a record was corrected or deleted, when the call asks for a reason. */
  reason?: string | null;
}

/**
 * Each entry's hash covers its own fields and the previous entry's hash, so changing, removing or
 * reordering any entry breaks every link after it. A reason is covered when there is one; an entry
 * without one hashes as entries did before reasons existed, so older logs still verify.
 */
export function entryHash(previousHash: string, entry: AuditFields): string {
  const fields = [
    previousHash,
    entry.seq,
    entry.at,
    entry.profileId,
    entry.call,
    entry.action,
    entry.recordIds,
  ];
  const content = JSON.stringify(entry.reason == null ? fields : [...fields, entry.reason]);
  return createHash('sha256').update(content).digest('hex');
}

export interface StoredEntry extends AuditFields {
  reason: string | null;
  prevHash: string;
  hash: string;
}

/** The first entry that no longer matches its hash or its link to the one before, or null. */
export function firstBrokenEntry(entries: Iterable<StoredEntry>): number | null {
  let previous = '';
  for (const entry of entries) {
    if (entry.prevHash !== previous || entry.hash !== entryHash(previous, entry)) return entry.seq;
    previous = entry.hash;
  }
  return null;
}
