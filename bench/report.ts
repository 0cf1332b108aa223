import type { Goal, ReportedFigure } from './goals';

/** One JSON object per line, the form scripts and later runs compare. */
export function jsonLines(figures: readonly ReportedFigure[]): string {
  return figures
    .map(({ name, value, unit, baseline, baselineIs, ratio, goal, meetsGoal }) =>
      JSON.stringify({
        name,
        value: round(value),
        unit,
        baseline: baseline === null ? null : round(baseline),
        baselineIs,
        ratio: ratio === null ? null : round(ratio),
        goal: goal && { atMost: goal.atMost, of: goal.of },
        meetsGoal,
      }),
    )
    .join('\n');
}

function goalText(goal: Goal | null, unit: string, meets: boolean | null): string {
  if (!goal) return '—';
  const limit = goal.of === 'ratio' ? `≤ ${goal.atMost}× baseline` : `≤ ${round(goal.atMost)} ${unit}`;
  return `${limit} ${meets === null ? '' : meets ? 'met' : 'missed'}`.trim();
}

/** A table for people: the figure beside its baseline and what it means. */
export function table(figures: readonly ReportedFigure[]): string {
  const rows = figures.map((f) => [
    f.name,
    `${round(f.value)} ${f.unit}`,
    f.baseline === null ? '—' : `${round(f.baseline)} ${f.unit}${f.baselineIs === 'limit' ? ' (limit)' : ''}`,
    f.ratio === null ? '—' : `${round(f.ratio)}×`,
    goalText(f.goal, f.unit, f.meetsGoal),
    f.note,
  ]);
  const header = ['figure', 'value', 'baseline', 'ratio', 'goal', 'what it measures'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

function round(value: number): number {
  if (Math.abs(value) >= 100) return Math.round(value);
  if (Math.abs(value) >= 1) return Math.round(value * 100) / 100;
  return Number(value.toPrecision(3));
}
