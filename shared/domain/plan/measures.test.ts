import { describe, expect, it } from 'vitest';
import { coveredPatches } from './coverage';
import { jaccardIndex, maskArea, MIN_WPI_AREA_CM2, painExtent, unionMask, wpiAreasTouched } from './measures';
import type { PaintedRegion } from './region';
import { bodySurface, type SurfacePatch } from './surface';

/**
 * A flat 100 cm x 100 cm sheet of 0.25 cm² patches (0.5 cm cells) in the z = 0 plane; the left half
 * (x < 50) is labelled `upper_leg_L`, the right half `upper_leg_R`.
 */
function flatSheet(): ReturnType<typeof bodySurface> {
  const patches: SurfacePatch[] = [];
  for (let i = 0; i < 200; i++) {
    for (let j = 0; j < 200; j++) {
      const x = i * 0.5 + 0.25;
      patches.push({
        centre: [x, j * 0.5 + 0.25, 0],
        areaCm2: 0.25,
        structureId: 'sheet_M',
        wpiArea: x < 50 ? 'upper_leg_L' : 'upper_leg_R',
      });
    }
  }
  return bodySurface(patches);
}

const sheet = flatSheet();

/** Areas from 0.5 cm cells match the analytic figure to within 2%. */
function expectAreaNear(actual: number, expected: number): void {
  expect(Math.abs(actual - expected) / expected).toBeLessThan(0.02);
}
const disc = (
  x: number,
  y: number,
  radiusCm: number,
  mode: 'paint' | 'erase' = 'paint',
): PaintedRegion['strokes'][number] => ({
  mode,
  radiusCm,
  stamps: [[x, y, 0]],
});

/** A body exactly the sheet's size, so square centimetres on the sheet are the body's own. */
const AS_LARGE_AS_THE_SHEET = 10_000;

describe('painted area', () => {
  it('measures a single stamp as a disc of its radius', () => {
    const extent = painExtent([{ strokes: [disc(30, 30, 5)] }], sheet, AS_LARGE_AS_THE_SHEET);
    expectAreaNear(extent.areaCm2, Math.PI * 25);
    expect(extent.percentOfBody).toBeCloseTo((100 * extent.areaCm2) / 10_000, 6);
  });

  it("gives the share of the body from the model and the square centimetres on the client's own size", () => {
    const onSheet = painExtent([{ strokes: [disc(30, 30, 5)] }], sheet, AS_LARGE_AS_THE_SHEET);
    const smaller = painExtent([{ strokes: [disc(30, 30, 5)] }], sheet, 15_635);
    expect(smaller.percentOfBody).toBeCloseTo(onSheet.percentOfBody, 9);
    expect(smaller.areaCm2).toBeCloseTo(onSheet.areaCm2 * 1.5635, 6);
  });

  it('takes the whole sheet as the body surface', () => {
    expect(sheet.totalAreaCm2).toBeCloseTo(10_000, 6);
  });

  it('removes what a later erase covers, and restores what a later paint covers again', () => {
    const painted = disc(30, 30, 10);
    const erased = disc(30, 30, 5, 'erase');
    const ring = painExtent([{ strokes: [painted, erased] }], sheet, AS_LARGE_AS_THE_SHEET).areaCm2;
    expectAreaNear(ring, Math.PI * (100 - 25));
    const repainted = painExtent(
      [{ strokes: [painted, erased, disc(30, 30, 5)] }],
      sheet,
      AS_LARGE_AS_THE_SHEET,
    ).areaCm2;
    expectAreaNear(repainted, Math.PI * 100);
  });

  it('paints a swept stroke as a band', () => {
    const stamps: [number, number, number][] = [];
    for (let x = 20; x <= 60; x += 0.5) stamps.push([x, 50, 0]);
    const area = painExtent(
      [{ strokes: [{ mode: 'paint', radiusCm: 2, stamps }] }],
      sheet,
      AS_LARGE_AS_THE_SHEET,
    ).areaCm2;
    // A 40 cm band 4 cm wide plus two half discs at its ends.
    expectAreaNear(area, 40 * 4 + Math.PI * 4);
  });

  it('counts overlapping pain areas once', () => {
    const one = { strokes: [disc(30, 30, 5)] };
    expect(painExtent([one, one], sheet, AS_LARGE_AS_THE_SHEET).areaCm2).toBeCloseTo(
      painExtent([one], sheet, AS_LARGE_AS_THE_SHEET).areaCm2,
      6,
    );
  });

  it('covers nothing with an empty region', () => {
    expect(coveredPatches({ strokes: [] }, sheet).some(Boolean)).toBe(false);
  });
});

describe('jaccardIndex', () => {
  const mask = (region: PaintedRegion) => unionMask([region], sheet);

  it('is 1 for the same map and 0 for maps that do not touch', () => {
    const a = mask({ strokes: [disc(20, 20, 5)] });
    expect(jaccardIndex(a, a, sheet)).toBe(1);
    expect(jaccardIndex(a, mask({ strokes: [disc(70, 70, 5)] }), sheet)).toBe(0);
  });

  it('matches the analytic overlap of two offset squares', () => {
    // Two 10 x 10 squares painted with tiny stamps, offset by 5 cm: overlap 50, union 150.
    const square = (x0: number): PaintedRegion => {
      const stamps: [number, number, number][] = [];
      for (let x = x0 + 0.25; x < x0 + 10; x += 0.5)
        for (let y = 10.25; y < 20; y += 0.5) stamps.push([x, y, 0]);
      return { strokes: [{ mode: 'paint', radiusCm: 0.5, stamps }] };
    };
    const a = mask(square(10));
    const b = mask(square(15));
    expect(jaccardIndex(a, b, sheet)).toBeCloseTo(1 / 3, 1);
    expect(maskArea(a, sheet)).toBeGreaterThan(100);
  });

  it('takes two empty maps as identical', () => {
    const none = mask({ strokes: [] });
    expect(jaccardIndex(none, none, sheet)).toBe(1);
  });
});

describe('wpiAreasTouched', () => {
  it('lists each WPI area the pain map covers, with the client’s side', () => {
    const both = unionMask([{ strokes: [disc(50, 50, 6)] }], sheet);
    expect(wpiAreasTouched(both, sheet)).toEqual(['upper_leg_L', 'upper_leg_R']);
    const left = unionMask([{ strokes: [disc(20, 50, 6)] }], sheet);
    expect(wpiAreasTouched(left, sheet)).toEqual(['upper_leg_L']);
  });

  it(`ignores a neighbouring area grazed by less than ${MIN_WPI_AREA_CM2} cm²`, () => {
    // A disc centred 4.5 cm left of the midline pokes about 1 cm² over it.
    const grazing = unionMask([{ strokes: [disc(45.5, 50, 5)] }], sheet);
    expect(wpiAreasTouched(grazing, sheet)).toEqual(['upper_leg_L']);
  });
});
