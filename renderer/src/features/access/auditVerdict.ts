import type { CallOutput } from '../../../../shared/api/contract';

/** What "Check the audit log" tells the therapist: each problem found, in plain words. */
export function auditVerdictText(verdict: CallOutput<'audit.verify'>): string {
  if (verdict.intact) return `The audit log is intact (${verdict.entries} entries).`;
  const problems: string[] = [];
  if (verdict.cutOff) {
    problems.push(
      `The newest audit entries were cut off outside FasciaMap: the log no longer holds entry ${verdict.cutOff.recordedEntries} as it was recorded.`,
    );
  }
  if (verdict.firstBrokenSeq !== null) {
    problems.push(`The audit log was altered outside FasciaMap, from entry ${verdict.firstBrokenSeq} on.`);
  }
  return problems.join(' ');
}
