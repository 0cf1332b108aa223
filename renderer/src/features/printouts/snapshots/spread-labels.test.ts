import { describe, expect, it } from 'vitest';
import { spreadLabels } from './spread-labels';

describe('spreadLabels', () => {
  it('leaves squares that do not touch where they are', () => {
    const spots = [
      { x: 10, y: 10 },
      { x: 50, y: 10 },
    ];
    expect(spreadLabels(spots, 10, 30)).toEqual(spots);
  });

  it('moves a square that would cover another away from the midline until it is clear', () => {
    const [first, left, right] = spreadLabels(
      [
        { x: 40, y: 20 },
        { x: 42, y: 22 },
        { x: 60, y: 20 },
      ],
      10,
      50,
    );
    expect(first).toEqual({ x: 40, y: 20 });
    expect(left!.y).toBe(22);
    expect(left!.x).toBeLessThanOrEqual(40 - 11);
    expect(right).toEqual({ x: 60, y: 20 });
  });

  it('keeps every pair apart', () => {
    const crowd = Array.from({ length: 8 }, (_, i) => ({ x: 100 + (i % 2), y: 100 + (i % 3) }));
    const spread = spreadLabels(crowd, 10, 100);
    for (const [i, a] of spread.entries()) {
      for (const b of spread.slice(i + 1)) {
        expect(Math.abs(a.x - b.x) >= 11 || Math.abs(a.y - b.y) >= 11).toBe(true);
      }
    }
  });
});
