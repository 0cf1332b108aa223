import { describe, expect, it } from 'vitest';
import type { PaintedRegion } from '../plan/region';
import { bodySurface, type SurfacePatch } from '../plan/surface';
import { measurePainCourse } from './pain-course';

/** A strip of ten 1 cm² patches along x (centres 0.5 … 9.5), facing the camera in the z = 0 plane. */
const strip = bodySurface(
  Array.from({ length: 10 }, (_, i): SurfacePatch => ({
    centre: [i + 0.5, 0, 0],
    areaCm2: 1,
    structureId: 'strip_M',
    wpiArea: null,
  })),
);

/** A disc painted over the patches whose centres lie within `radiusCm` of x. */
const paintAt = (x: number, radiusCm: number): PaintedRegion[] => [
  { strokes: [{ mode: 'paint', radiusCm, stamps: [[x, 0, 0]] }] },
];

describe('measurePainCourse', () => {
  it('measures each map and its overlap with the one before and with the baseline', () => {
    // Patches 0-3, then 2-5, then 6-9: half the first map, then nothing of either.
    const measured = measurePainCourse([paintAt(2, 2.1), paintAt(4, 2.1), paintAt(8, 2.1)], strip, 1000);
    expect(measured.map((map) => map.extent.percentOfBody)).toEqual([40, 40, 40]);
    expect(measured[0]!.extent.areaCm2).toBeCloseTo(400);
    expect(measured.map((map) => map.overlapWithPrevious)).toEqual([null, 2 / 6, 0]);
    expect(measured.map((map) => map.overlapWithBaseline)).toEqual([null, 2 / 6, 0]);
  });

  it('has nothing to measure without maps', () => {
    expect(measurePainCourse([], strip, 1000)).toEqual([]);
  });
});
