/** Timing helpers for the benchmarks: medians over repeated runs, never a single sample. */

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The same work done the plain way, measured in the same run; null where there is none. */
  baseline: number | null;
  /** value / baseline (below 1 means faster than the baseline). */
  ratio: number | null;
  /** What the figure means, for the table. */
  note: string;
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs `work` `warmup` times unmeasured, then `runs` times, and returns the median in milliseconds. */
export async function medianMs(work: () => unknown, runs: number, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export function figure(
  name: string,
  value: number,
  unit: string,
  note: string,
  baseline: number | null = null,
): Figure {
  return { name, value, unit, note, baseline, ratio: baseline ? value / baseline : null };
}
