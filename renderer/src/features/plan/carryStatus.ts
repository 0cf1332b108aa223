import { carryStatuses, type CarryStatus } from '../../../../shared/domain/plan/carry-forward';
import type { SessionPlan } from '../../../../shared/domain/plan/records';

export const CARRY_LABELS: Record<CarryStatus, string> = {
  persisting: 'Persisting',
  new: 'New',
  resolved: 'Resolved',
};

/**
 * How this session's findings and zones relate to the last session's: shown only once the last
 * session has been brought in, since before that everything would read "new".
 */
export function carryView(plan: SessionPlan, previous: SessionPlan | null) {
  const carried = [...plan.findings, ...plan.zones].some((item) => item.carriedFromId !== null);
  if (!previous || !carried) return null;
  const findings = carryStatuses(
    previous.findings.filter((f) => f.body.kind !== 'tender_point'),
    plan.findings.filter((f) => f.body.kind !== 'tender_point'),
  );
  const zones = carryStatuses(previous.zones, plan.zones);
  return {
    status: new Map([...findings.current, ...zones.current]),
    resolvedFindings: findings.resolved,
    resolvedZones: zones.resolved,
  };
}
