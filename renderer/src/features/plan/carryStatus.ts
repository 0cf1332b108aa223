import {
  alreadyCarried,
  carriesForward,
  carryStatuses,
  type CarryStatus,
} from '../../../../shared/domain/plan/carry-forward';
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
  if (!previous || !alreadyCarried(plan)) return null;
  const findings = carryStatuses(
    previous.findings.filter((f) => carriesForward(f.body)),
    plan.findings.filter((f) => carriesForward(f.body)),
  );
  const zones = carryStatuses(previous.zones, plan.zones);
  return {
    status: new Map([...findings.current, ...zones.current]),
    resolvedFindings: findings.resolved,
    resolvedZones: zones.resolved,
  };
}
