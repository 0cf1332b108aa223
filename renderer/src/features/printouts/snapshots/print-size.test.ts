import { describe, expect, it } from 'vitest';
import { insetFrame, PRINTED_HEIGHT_MM, printPixels, SNAPSHOT_DPI, wholeFrame } from './print-size';

describe('snapshot print sizes', () => {
  it('renders a whole-body view for 300 dpi at its printed height, in the body’s proportions', () => {
    const frame = wholeFrame(PRINTED_HEIGHT_MM.summary);
    // 105 mm is 4.13 inches.
    expect(frame.height).toBe(1241);
    expect(frame.width).toBe(745);
    expect(frame.crop).toEqual({ x: 0, y: 0, width: 745, height: 1241 });
  });

  it('keeps the middle square of a frame as wide as the inset prints', () => {
    const frame = insetFrame(PRINTED_HEIGHT_MM.inset);
    expect(frame.crop.width).toBe(printPixels(PRINTED_HEIGHT_MM.inset));
    expect(frame.crop.height).toBe(frame.crop.width);
    expect(frame.width).toBe(frame.crop.width);
    expect(frame.crop.y * 2 + frame.crop.height).toBeCloseTo(frame.height, -1);
  });

  it('is never coarser than the 1000-pixel views and 600-pixel insets printed before', () => {
    expect(printPixels(PRINTED_HEIGHT_MM.summary)).toBeGreaterThanOrEqual(1000);
    expect(printPixels(PRINTED_HEIGHT_MM.inset)).toBeGreaterThanOrEqual(600);
    expect(printPixels(25.4)).toBe(SNAPSHOT_DPI);
  });
});
