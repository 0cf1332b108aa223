import { z } from 'zod';
import { Timestamp } from '../domain/common';
import { AUDIT_ACTIONS } from './audit-actions';
import { ExportedFile } from './transfer';
import { defineCall, EXPORTS, VIEWS } from './define';
import { RecordId } from '../domain/common';

export const AuditEntry = z.strictObject({
  seq: z.int(),
  at: Timestamp,
  profileId: z.string().nullable(),
  call: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  recordIds: z.array(z.string()),
  /** Why a record was corrected or deleted, as the therapist gave it; null for other entries. */
  reason: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/**
 * The log no longer holds, unchanged, the newest entry FasciaMap recorded outside the file: its
 * newest entries were cut off (and perhaps replaced) behind the app's back.
 */
export const AuditCutOff = z.strictObject({ recordedEntries: z.int().nonnegative() });
export type AuditCutOff = z.infer<typeof AuditCutOff>;

export const AuditVerdict = z.strictObject({
  /** Neither broken inside nor cut off at its end. */
  intact: z.boolean(),
  entries: z.int(),
  /** The first entry whose content or link no longer matches its hash. */
  firstBrokenSeq: z.int().nullable(),
  cutOff: AuditCutOff.nullable(),
});

/** Which entries to read; each filter left out matches every entry. */
export const AuditFilter = z.strictObject({
  clientId: RecordId.optional(),
  profileId: RecordId.optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  /** From this moment on (the start of the first local day chosen). */
  from: Timestamp.optional(),
  /** Before this moment (the start of the local day after the last one chosen). */
  until: Timestamp.optional(),
});
export type AuditFilter = z.infer<typeof AuditFilter>;

/** One entry as the clinic reads it: who, what, on whose records, when. */
export const AuditLine = z.strictObject({
  seq: z.int(),
  at: Timestamp,
  therapist: z.strictObject({ id: z.string(), displayName: z.string() }).nullable(),
  action: z.enum(AUDIT_ACTIONS),
  /** The action in words, e.g. "Signed a session". */
  description: z.string(),
  call: z.string(),
  /** The clients whose records the entry names, by name. */
  clients: z.array(z.string()),
});
export type AuditLine = z.infer<typeof AuditLine>;

export const AUDIT_PAGE_SIZE = 50;

export const auditCalls = {
  'audit.list': defineCall(
    z.strictObject({
      limit: z.int().min(1).max(500).default(100),
      beforeSeq: z.int().positive().optional(),
    }),
    z.array(AuditEntry),
    { effect: 'read', audit: 'none' },
  ),
  'audit.verify': defineCall(z.strictObject({}), AuditVerdict, { effect: 'read', audit: 'none' }),
  /** The log as the Settings screen reads it, newest first, a page at a time; reading it is itself a view. */
  'audit.search': defineCall(
    AuditFilter.extend({
      limit: z.int().min(1).max(200).default(AUDIT_PAGE_SIZE),
      beforeSeq: z.int().positive().optional(),
    }),
    z.strictObject({ lines: z.array(AuditLine), nextBeforeSeq: z.int().nullable() }),
    VIEWS,
  ),
  /** Every entry the filter matches, as CSV for the clinic's records or an inspector. */
  'audit.export': defineCall(AuditFilter, ExportedFile, EXPORTS),
};
