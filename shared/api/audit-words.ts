import type { AuditAction } from './audit-actions';

/** What each namespace's calls act on, as the clinic says it; a call's namespace is before its dot. */
const SUBJECTS: Record<string, string> = {
  clients: 'a client record',
  settings: 'the clinic settings',
  templates: 'a protocol template',
  courses: 'a course',
  sessions: 'a session',
  addenda: 'an addendum',
  today: 'the day’s list',
  assessments: 'an assessment',
  outcomes: 'outcomes',
  plan: 'a session plan',
  findings: 'a finding',
  zones: 'a treatment zone',
  techniques: 'a technique',
  runs: 'a session run',
  printouts: 'a printout',
  access: 'a therapist profile',
  audit: 'the audit log',
  backups: 'a backup',
  encryption: 'the clinic passphrase',
  transfer: 'clinic records',
};

/** Each action's verb, as the filter offers it and an entry's words begin. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  viewed: 'Viewed',
  created: 'Created',
  changed: 'Changed',
  signed: 'Signed',
  exported: 'Exported',
  deleted: 'Deleted',
  unlocked: 'Unlocked',
  locked: 'Locked',
};

/** The action an audit entry records, in words: "Signed a session", "Locked FasciaMap (idle)". */
export function describeAuditAction(action: AuditAction, call: string): string {
  if (action === 'unlocked') return 'Unlocked FasciaMap';
  if (action === 'locked') return call === 'access.lock' ? 'Locked FasciaMap' : 'Locked FasciaMap (idle)';
  const subject = SUBJECTS[call.slice(0, call.indexOf('.'))] ?? call;
  return `${AUDIT_ACTION_LABELS[action]} ${subject}`;
}
