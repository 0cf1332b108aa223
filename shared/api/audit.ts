import { z } from 'zod';
import { Timestamp } from '../domain/common';
import { AUDIT_ACTIONS } from './audit-actions';
import { defineCall } from './define';

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
};
