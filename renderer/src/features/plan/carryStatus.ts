import { carryStatuses, type CarryStatus } from '../../../../shared/domain/map/carry-forward';
import type { Workspace } from '../../../../shared/domain/map/records';

export const CARRY_LABELS: Record<CarryStatus, string> = {
  persisting: 'Persisting',
  new: 'New',
  resolved: 'Resolved',
};

/**
 * How this session's findings and zones relate to the last session's: shown only once the last
 * session has been brought in, since before that everything would read "new".
 */
export function carryView(workspace: Workspace, previous: Workspace | null) {
  const carried = [...workspace.findings, ...workspace.zones].some((item) => item.carriedFromId !== null);
  if (!previous || !carried) return null;
  const findings = carryStatuses(
    previous.findings.filter((f) => f.body.kind !== 'tender_point'),
    workspace.findings.filter((f) => f.body.kind !== 'tender_point'),
  );
  const zones = carryStatuses(previous.zones, workspace.zones);
  return {
    status: new Map([...findings.current, ...zones.current]),
    resolvedFindings: findings.resolved,
    resolvedZones: zones.resolved,
  };
}
