import type { Figure } from './measure';

/**
 * The limits each figure is held to (issue #18's table, and #14 for the model's size): at most a
 * value in the figure's unit, or at most a ratio to its same-run baseline (the backup against a
 * plain copy). A figure without a limit of its own is kept from growing by its baseline.
 */
export type Goal = { atMost: number; of: 'value' | 'ratio' };

export const GOALS: Readonly<Record<string, Goal>> = {
  model_ready_ms: { atMost: 500, of: 'value' },
  model_triangles: { atMost: 1_500_000, of: 'value' },
  first_view_ms: { atMost: 1000, of: 'value' },
  shell_ready_ms: { atMost: 300, of: 'value' },
  draw_calls: { atMost: 60, of: 'value' },
  idle_renders: { atMost: 0, of: 'value' },
  pdf_ms: { atMost: 1000, of: 'value' },
  paint_commit_ms: { atMost: 100, of: 'value' },
  backup_ms: { atMost: 1.5, of: 'ratio' },
  renderer_heap_mb: { atMost: 300, of: 'value' },
  main_rss_mb: { atMost: 200, of: 'value' },
  bundle_initial_kb: { atMost: 350, of: 'value' },
};

/** A figure as reported: what it is compared with, and whether it meets its limit. */
export interface ReportedFigure extends Figure {
  /** 'peer': the same work done the plain way in the same run; 'limit': the figure's goal. */
  baselineIs: 'peer' | 'limit' | null;
  goal: Goal | null;
  meetsGoal: boolean | null;
}

/**
 * Puts each figure beside its limit. Where no peer was measured the limit is the baseline, so
 * every figure that has either prints a ratio (at most 1 meets a value limit).
 */
export function withGoals(figures: readonly Figure[]): ReportedFigure[] {
  return figures.map((f) => {
    const goal = GOALS[f.name] ?? null;
    const measured = goal ? (goal.of === 'ratio' ? f.ratio : f.value) : null;
    const meetsGoal = goal && measured !== null ? measured <= goal.atMost : null;
    if (f.baseline !== null) return { ...f, baselineIs: 'peer', goal, meetsGoal };
    if (goal?.of === 'value' && goal.atMost > 0) {
      const ratio = f.value / goal.atMost;
      return { ...f, baseline: goal.atMost, ratio, baselineIs: 'limit', goal, meetsGoal };
    }
    return { ...f, baselineIs: null, goal, meetsGoal };
  });
}
