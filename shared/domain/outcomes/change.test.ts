import { describe, expect, it } from 'vitest';
import { findTaper, judgeChange, meaningfulChangeFrom } from './change';
import { MEASURES } from './measures';

describe('meaningful change', () => {
  it('is 2 points or 30% of pain NRS, whichever comes first (Farrar 2001)', () => {
    const rule = MEASURES.pain_current.meaningfulChange;
    expect(rule.source).toMatch(/Farrar/);
    // From 8, 2 points come before 30% (2.4); from 5, 30% (1.5) comes before 2 points.
    expect(meaningfulChangeFrom(8, rule)).toBe(2);
    expect(meaningfulChangeFrom(5, rule)).toBe(1.5);
    expect(judgeChange(8, 6, rule, true)).toBe('improved');
    expect(judgeChange(8, 6.1, rule, true)).toBe('within_threshold');
    expect(judgeChange(5, 3.5, rule, true)).toBe('improved');
    expect(judgeChange(4, 6, rule, true)).toBe('worsened');
    // From 0 there is no share: 2 points.
    expect(meaningfulChangeFrom(0, rule)).toBe(2);
  });

  it('names the source of every threshold, and says when one is carried over or a convention', () => {
    expect(MEASURES.fiqr.meaningfulChange.source).toMatch(/Bennett, Bushmakin.*original FIQ/);
    expect(MEASURES.sleep_quality.meaningfulChange.source).toMatch(/^Clinic convention/);
    expect(MEASURES.psqi.meaningfulChange.source).toMatch(/^Clinic convention/);
  });

  it('is 14% of the baseline FIQR total', () => {
    expect(meaningfulChangeFrom(50, MEASURES.fiqr.meaningfulChange)).toBe(7);
    expect(judgeChange(50, 43, MEASURES.fiqr.meaningfulChange, true)).toBe('improved');
    expect(judgeChange(50, 43.1, MEASURES.fiqr.meaningfulChange, true)).toBe('within_threshold');
  });

  it('is 3 points of PSQI and has no share of a zero baseline', () => {
    expect(judgeChange(12, 9, MEASURES.psqi.meaningfulChange, true)).toBe('improved');
    expect(meaningfulChangeFrom(0, MEASURES.wpi.meaningfulChange)).toBeNull();
    expect(judgeChange(0, 5, MEASURES.wpi.meaningfulChange, true)).toBe('within_threshold');
  });

  it('reads a rise as improvement when higher is better', () => {
    const points = { kind: 'points', points: 5, source: 'test' } as const;
    expect(judgeChange(40, 46, points, false)).toBe('improved');
  });
});

describe('the taper rule', () => {
  const pain = { baseline: 7, endOfCourse: 3, lowerIsBetter: true };

  it('fires when the latest follow-up has lost more than half the improvement, with the numbers', () => {
    // Improved by 4 during the course; at 6 months back to 5.5: 2.5 of the 4 points lost.
    expect(
      findTaper({
        ...pain,
        followUps: [
          { label: '1 month after', value: 3.5 },
          { label: '6 months after', value: 5.5 },
        ],
      }),
    ).toEqual({
      baseline: 7,
      endOfCourse: 3,
      followUp: 5.5,
      followUpLabel: '6 months after',
      improvement: 4,
      lost: 2.5,
      lostShare: 0.625,
    });
  });

  it('does not fire at exactly half, or when the improvement held', () => {
    expect(findTaper({ ...pain, followUps: [{ label: '1 month after', value: 5 }] })).toBeNull();
    expect(findTaper({ ...pain, followUps: [{ label: '1 month after', value: 3 }] })).toBeNull();
  });

  it('judges the latest follow-up, where the client is now', () => {
    const recovered = [
      { label: '1 month after', value: 6 },
      { label: '6 months after', value: 3.5 },
    ];
    expect(findTaper({ ...pain, followUps: recovered })).toBeNull();
  });

  it('needs an improvement during the course, and a follow-up', () => {
    expect(
      findTaper({ baseline: 5, endOfCourse: 5, lowerIsBetter: true, followUps: [{ label: 'x', value: 9 }] }),
    ).toBeNull();
    expect(findTaper({ ...pain, followUps: [] })).toBeNull();
  });

  it('works for a measure where higher is better', () => {
    const qualityOfLife = { baseline: 40, endOfCourse: 60, lowerIsBetter: false };
    expect(
      findTaper({ ...qualityOfLife, followUps: [{ label: '6 months after', value: 49 }] }),
    ).toMatchObject({
      improvement: 20,
      lost: 11,
    });
  });
});
