/** The calls of the session workspace: findings, the plan's zones, the technique catalogue, the run. */
export const MAP_CALL_NAMES = [
  'findings.create',
  'findings.update',
  'findings.delete',
  'findings.restore',
  'zones.create',
  'zones.update',
  'zones.delete',
  'zones.restore',
  'zones.reorder',
  'techniques.list',
  'techniques.create',
  'techniques.update',
  'plan.get',
  'plan.carryForward',
  'plan.start',
  'runs.save',
] as const;
