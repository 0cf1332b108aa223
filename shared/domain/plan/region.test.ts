import { describe, expect, it } from 'vitest';
import { BrushStroke, stampRadiusCm } from './region';

const stroke = {
  mode: 'paint',
  radiusCm: 3,
  stamps: [
    [0, 120, -12],
    [1, 120, -12],
  ],
};

describe('a brush stroke as main accepts it', () => {
  it('keeps strokes saved before pens painted valid: every stamp at the brush’s radius', () => {
    const parsed = BrushStroke.parse(stroke);
    expect(parsed.stampRadiiCm).toBeUndefined();
    expect([0, 1].map((i) => stampRadiusCm(parsed, i))).toEqual([3, 3]);
  });

  it('takes a pen’s stroke with one radius per stamp', () => {
    const parsed = BrushStroke.parse({ ...stroke, stampRadiiCm: [1.5, 3.5] });
    expect([0, 1].map((i) => stampRadiusCm(parsed, i))).toEqual([1.5, 3.5]);
  });

  it('refuses radii that do not match the stamps one for one', () => {
    const result = BrushStroke.safeParse({ ...stroke, stampRadiiCm: [1.5] });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'A stroke has one radius per stamp, or none',
    ]);
  });

  it('refuses a stamp smaller or larger than any brush', () => {
    const messages = (radii: number[]) =>
      BrushStroke.safeParse({ ...stroke, stampRadiiCm: radii }).error?.issues.map((issue) => issue.message);
    expect(messages([0.2, 3])).toEqual(['The brush radius is at least 0.5 cm']);
    expect(messages([3, 31])).toEqual(['The brush radius is at most 30 cm']);
    expect(messages([3, Number.NaN])).toHaveLength(1);
  });
});
