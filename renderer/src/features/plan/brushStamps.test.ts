import { describe, expect, it } from 'vitest';
import { extendStroke, stampRadiusFor, startStroke } from './brushStamps';

const mouse = { pointerType: 'mouse', pressure: 0.5 };
const pen = (pressure: number) => ({ pointerType: 'pen', pressure });

describe('the stamps a brush lays', () => {
  it('stamps at the brush’s radius with a mouse or a finger, whatever pressure they report', () => {
    expect(stampRadiusFor(mouse, 3)).toBe(3);
    expect(stampRadiusFor({ pointerType: 'touch', pressure: 1 }, 3)).toBe(3);
    expect(startStroke('paint', 3, [0, 120, -12], mouse)).toEqual({
      mode: 'paint',
      radiusCm: 3,
      stamps: [[0, 120, -12]],
    });
  });

  it('stamps from 0.4× the brush with a pen barely touching to 1.2× pressed fully', () => {
    expect(stampRadiusFor(pen(0), 5)).toBeCloseTo(2);
    expect(stampRadiusFor(pen(0.5), 5)).toBeCloseTo(4);
    expect(stampRadiusFor(pen(1), 5)).toBeCloseTo(6);
  });

  it('keeps a pen’s stamps within the brush limits', () => {
    expect(stampRadiusFor(pen(0), 0.5)).toBe(0.5);
    expect(stampRadiusFor(pen(1), 30)).toBe(30);
  });

  it('records a pen’s radius for every stamp as the stroke grows', () => {
    let stroke = startStroke('paint', 3, [0, 120, -12], pen(0.25));
    stroke = extendStroke(stroke, [2, 120, -12], pen(1));
    expect(stroke.stamps).toHaveLength(2);
    expect(stroke.stampRadiiCm).toHaveLength(2);
    expect(stroke.stampRadiiCm![0]).toBeCloseTo(1.8);
    expect(stroke.stampRadiiCm![1]).toBeCloseTo(3.6);
  });

  it('lays no stamp until the brush has moved 0.4 of the smaller radius', () => {
    const start = startStroke('paint', 3, [0, 120, -12], mouse);
    expect(extendStroke(start, [1.1, 120, -12], mouse)).toBe(start);
    expect(extendStroke(start, [1.25, 120, -12], mouse).stamps).toHaveLength(2);
    // A light pen (1.2 cm stamps) lays them closer together, so its thin line has no gaps.
    const light = startStroke('paint', 3, [0, 120, -12], pen(0));
    expect(extendStroke(light, [0.5, 120, -12], pen(0)).stamps).toHaveLength(2);
  });
});
