/** What a call does to records, as the audit log names it. */
export const AUDIT_ACTIONS = [
  'viewed',
  'created',
  'changed',
  'signed',
  'exported',
  'deleted',
  'unlocked',
  'locked',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
