import { z } from 'zod';
import { Timestamp } from '../domain/common';
import { AUDIT_ACTIONS } from './call-kinds';
import { defineCall } from './define';

export const AuditEntry = z.strictObject({
  seq: z.int(),
  at: Timestamp,
  profileId: z.string().nullable(),
  call: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  recordIds: z.array(z.string()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditVerdict = z.strictObject({
  intact: z.boolean(),
  entries: z.int(),
  /** The first entry whose content or link no longer matches its hash. */
  firstBrokenSeq: z.int().nullable(),
});

export const auditCalls = {
  'audit.list': defineCall(
    z.strictObject({
      limit: z.int().min(1).max(500).default(100),
      beforeSeq: z.int().positive().optional(),
    }),
    z.array(AuditEntry),
  ),
  'audit.verify': defineCall(z.strictObject({}), AuditVerdict),
};
