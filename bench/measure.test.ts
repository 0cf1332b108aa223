import { describe, expect, it } from 'vitest';
import { figure, median, medianMs } from './measure';

describe('median', () => {
  it('takes the middle sample, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });
});

describe('medianMs', () => {
  it('runs the work warmup + runs times', async () => {
    let calls = 0;
    await medianMs(() => calls++, 5, 2);
    expect(calls).toBe(7);
  });
});

describe('figure', () => {
  it('gives the ratio to its baseline, or null without one', () => {
    expect(figure('x', 2, 'ms', '', 8).ratio).toBe(0.25);
    expect(figure('x', 2, 'ms', '').ratio).toBeNull();
  });
});
