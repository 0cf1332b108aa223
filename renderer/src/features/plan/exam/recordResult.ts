import type { SessionPlan } from '../../../../../shared/domain/plan/records';
import { createFinding, updateFinding, type PendingChange } from '../changes';
import type { ExamResult } from './examSteps';

/**
 * Records one site's result through the plan's own findings calls, so main validates it, it is saved
 * at once and the plan's undo covers it: a site with a result this session has that finding updated
 * (a re-done site keeps one record), else a new finding is made.
 */
export function recordTenderPoint(plan: SessionPlan, siteId: string, result: ExamResult): PendingChange {
  const label = 'Record a tender point';
  const earlier = plan.findings.findLast(
    (finding) => finding.body.kind === 'tender_point' && finding.body.siteId === siteId,
  );
  if (earlier?.body.kind === 'tender_point')
    return updateFinding(earlier, { ...earlier.body, ...result }, label);
  return createFinding(plan.session.id, { kind: 'tender_point', siteId, ...result }, label);
}
