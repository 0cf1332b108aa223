import { describe, expect, it } from 'vitest';
import { sameReading, samePressure } from '../pressure';
import { quickPressures } from './planned-pressure';

describe('quick pressures while a zone is worked', () => {
  it('offers every step of the ordinal and comfort scales', () => {
    expect(quickPressures({ scale: 'ordinal', value: 'firm' }).map((p) => p.value)).toEqual([
      'light',
      'moderate',
      'firm',
      'deep',
    ]);
    expect(quickPressures({ scale: 'comfort', value: 6 }).map((p) => p.value)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
  });

  it('offers algometer readings around the plan, never below what an algometer reads', () => {
    expect(quickPressures({ scale: 'algometer', value: 2.3 }).map((p) => p.value)).toEqual([
      1.3, 1.8, 2.3, 2.8,
    ]);
    expect(quickPressures({ scale: 'algometer', value: 0.4 }).map((p) => p.value)).toEqual([
      0.1, 0.1, 0.4, 0.9,
    ]);
  });
});

describe('comparing pressures', () => {
  it('takes a planned pressure as the same reading whatever the date', () => {
    expect(sameReading({ scale: 'comfort', value: 4 }, { scale: 'comfort', value: 4 })).toBe(true);
    expect(sameReading({ scale: 'comfort', value: 4 }, { scale: 'ordinal', value: 'light' })).toBe(false);
    expect(sameReading(null, { scale: 'comfort', value: 4 })).toBe(false);
    expect(sameReading(null, null)).toBe(true);
  });

  it('takes a measured tolerance as the same only when measured on the same day', () => {
    const level = { scale: 'comfort', value: 4, measuredOn: '2026-02-01' } as const;
    expect(samePressure(level, { ...level })).toBe(true);
    expect(samePressure(level, { ...level, measuredOn: '2026-02-08' })).toBe(false);
  });
});
