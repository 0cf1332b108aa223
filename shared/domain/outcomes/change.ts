import type { MeaningfulChange } from './measures';

/** How much better `value` is than `baseline`; negative when it is worse. */
export function improvementSince(baseline: number, value: number, lowerIsBetter: boolean): number {
  return lowerIsBetter ? baseline - value : value - baseline;
}

/**
 * The change from this baseline that counts as meaningful, in the measure's own units; `null` when
 * there is no figure, or when it is a share of a baseline of 0 (a share of nothing cannot be passed).
 */
export function meaningfulChangeFrom(baseline: number, rule: MeaningfulChange): number | null {
  switch (rule.kind) {
    case 'points':
      return rule.points;
    case 'percent_of_baseline':
      return baseline > 0 ? (baseline * rule.percent) / 100 : null;
    case 'points_or_percent':
      return baseline > 0 ? Math.min(rule.points, (baseline * rule.percent) / 100) : rule.points;
    case 'none':
      return null;
  }
}

export type ChangeVerdict = 'improved' | 'worsened' | 'within_threshold';

/** Whether the change since baseline reaches the meaningful threshold, and which way. */
export function judgeChange(
  baseline: number,
  value: number,
  rule: MeaningfulChange,
  lowerIsBetter: boolean,
): ChangeVerdict {
  const threshold = meaningfulChangeFrom(baseline, rule);
  if (threshold === null) return 'within_threshold';
  const improvement = improvementSince(baseline, value, lowerIsBetter);
  // Rounded so that 50 -> 43 with a 7-point threshold counts despite binary fractions.
  const reached = (amount: number) => Math.round(amount * 1e9) >= Math.round(threshold * 1e9);
  if (reached(improvement)) return 'improved';
  if (reached(-improvement)) return 'worsened';
  return 'within_threshold';
}

export interface Taper {
  baseline: number;
  endOfCourse: number;
  followUp: number;
  followUpLabel: string;
  /** Improvement from baseline to the end of the course, in the measure's units. */
  improvement: number;
  /** How much of that improvement the follow-up has given back. */
  lost: number;
  /** `lost / improvement`: over 0.5 is a taper. */
  lostShare: number;
}

export interface TaperSeries {
  baseline: number;
  endOfCourse: number;
  /** Follow-up values after the course, oldest first. */
  followUps: readonly { label: string; value: number }[];
  lowerIsBetter: boolean;
}

/**
 * The taper rule: a measure that improved during the course (any improvement from baseline to the
 * end of the course) has lost more than half of that improvement at the latest follow-up. Exactly
 * half is not yet a taper. Judged at the latest follow-up, because that is where the client is now.
 */
export function findTaper(series: TaperSeries): Taper | null {
  const latest = series.followUps.at(-1);
  if (!latest) return null;
  const improvement = improvementSince(series.baseline, series.endOfCourse, series.lowerIsBetter);
  if (improvement <= 0) return null;
  const kept = improvementSince(series.baseline, latest.value, series.lowerIsBetter);
  const lost = improvement - kept;
  if (lost * 2 <= improvement) return null;
  return {
    baseline: series.baseline,
    endOfCourse: series.endOfCourse,
    followUp: latest.value,
    followUpLabel: latest.label,
    improvement,
    lost,
    lostShare: lost / improvement,
  };
}
