import { describe, expect, it } from 'vitest';
import type { PaintedRegion } from '../../../../shared/domain/plan/region';
import { bodySurface, type SurfacePatch } from '../../../../shared/domain/plan/surface';
import { measurePainMap } from './pain-map';

/** A 40 cm x 40 cm sheet of 1 cm² patches in the z = 0 plane, as large as the body it stands for. */
const patches: SurfacePatch[] = [];
for (let i = 0; i < 40; i++) {
  for (let j = 0; j < 40; j++) {
    patches.push({ centre: [i + 0.5, j + 0.5, 0], areaCm2: 1, structureId: 'sheet_M', wpiArea: null });
  }
}
const sheet = bodySurface(patches);
const BODY_CM2 = 1_600;

/** A square of painted stamps, one per patch, covering x0..x0+size and y0..y0+size. */
const square = (x0: number, y0: number, size: number): PaintedRegion => {
  const stamps: [number, number, number][] = [];
  for (let x = x0; x < x0 + size; x++)
    for (let y = y0; y < y0 + size; y++) stamps.push([x + 0.5, y + 0.5, 0]);
  return { strokes: [{ mode: 'paint', radiusCm: 0.4, stamps }] };
};

describe('the printed pain map', () => {
  it('measures each area on its own and all of them together, overlaps counted once', () => {
    const measured = measurePainMap([square(0, 0, 10), square(5, 0, 10)], null, sheet, BODY_CM2);
    expect(measured.areas.map((area) => area.areaCm2)).toEqual([100, 100]);
    expect(measured.total.areaCm2).toBe(150);
    expect(measured.total.percentOfBody).toBeCloseTo(9.375, 9);
  });

  it('overlaps with the last session’s map by shared area over combined area', () => {
    const measured = measurePainMap([square(0, 0, 10)], [square(5, 0, 10)], sheet, BODY_CM2);
    expect(measured.overlapWithLast).toBeCloseTo(50 / 150, 9);
  });

  it('gives no overlap without a last session, or when it marked no pain', () => {
    expect(measurePainMap([square(0, 0, 10)], null, sheet, BODY_CM2).overlapWithLast).toBeNull();
    expect(measurePainMap([square(0, 0, 10)], [], sheet, BODY_CM2).overlapWithLast).toBeNull();
  });
});
