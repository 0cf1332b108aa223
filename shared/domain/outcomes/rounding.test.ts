import { describe, expect, it } from 'vitest';
import { roundScore } from './rounding';

describe('roundScore', () => {
  it('rounds to the one decimal shown', () => {
    expect(roundScore(61.166666666666664)).toBe(61.2);
    expect(roundScore(47.5)).toBe(47.5);
    expect(roundScore(12)).toBe(12);
  });

  it('gives back the whole number a sum of thirds and ninths meant', () => {
    expect(roundScore(23.999999999999996)).toBe(24);
    expect(roundScore(40.99999999999999)).toBe(41);
  });

  it('puts a half-way value away from zero, judged on the decimal meant', () => {
    expect(roundScore(61.25)).toBe(61.3);
    expect(roundScore(23.95)).toBe(24);
    expect(roundScore(1.005 * 10)).toBe(10.1);
    expect(roundScore(-1.25)).toBe(-1.3);
    expect(Object.is(roundScore(-0.04), 0)).toBe(true);
  });
});
