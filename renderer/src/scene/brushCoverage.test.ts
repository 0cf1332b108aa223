import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATLAS } from '../../../shared/anatomy';
import { coveredPatches } from '../../../shared/domain/plan/coverage';
import { maskArea } from '../../../shared/domain/plan/measures';
import type { BrushStroke, ModelPoint, PaintedRegion } from '../../../shared/domain/plan/region';
import type { BodySurface } from '../../../shared/domain/plan/surface';
import { buildBodySurface } from './bodySurface';
import { attachEnvelope, buildBodyModel } from './model/bodyModel';
import { buildEnvelope } from './model/envelope';
import { footprintOf } from '../features/plan/hitTesting';

const model = buildBodyModel(ATLAS);
const skin = buildBodySurface(
  model,
  attachEnvelope(model, 'superficial_fascia_M', buildEnvelope(model.envelopeInput)),
);
const { patches } = skin.surface;

/** Coverage by its definition: every patch against every stamp, the last stroke reaching it deciding. */
function scannedCoverage(region: PaintedRegion, surface: BodySurface): boolean[] {
  return surface.patches.map(({ centre }) => {
    let covered = false;
    for (const stroke of region.strokes) {
      for (let i = 0; i < stroke.stamps.length; i++) {
        const [x, y, z] = stroke.stamps[i]!;
        const radius = stroke.stampRadiiCm?.[i] ?? stroke.radiusCm;
        if ((x - centre[0]) ** 2 + (y - centre[1]) ** 2 + (z - centre[2]) ** 2 <= radius ** 2) {
          covered = stroke.mode === 'paint';
          break;
        }
      }
    }
    return covered;
  });
}

/** A drag across the skin: from a patch's centre, stamps a brush spacing apart in one direction. */
const strokeOnSkin = fc
  .record({
    from: fc.nat({ max: patches.length - 1 }),
    direction: fc.tuple(
      fc.double({ min: -1, max: 1 }),
      fc.double({ min: -1, max: 1 }),
      fc.double({ min: -1, max: 1 }),
    ),
    count: fc.integer({ min: 1, max: 80 }),
    radiusCm: fc.double({ min: 0.5, max: 8, noNaN: true }),
    erase: fc.boolean(),
    pressures: fc.option(
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 80, maxLength: 80 }),
    ),
  })
  .map(({ from, direction, count, radiusCm, erase, pressures }): BrushStroke => {
    const length = Math.hypot(...direction) || 1;
    const step = direction.map((d) => (d / length) * radiusCm * 0.4);
    const start = patches[from]!.centre;
    const stamps = Array.from({ length: count }, (_, i): ModelPoint => [
      start[0] + step[0]! * i,
      start[1] + step[1]! * i,
      start[2] + step[2]! * i,
    ]);
    const stampRadiiCm = pressures?.slice(0, count).map((p) => Math.max(0.5, radiusCm * (0.4 + 0.8 * p)));
    return { mode: erase ? 'erase' : 'paint', radiusCm, stamps, ...(stampRadiiCm ? { stampRadiiCm } : {}) };
  });

const regionOnSkin = fc.array(strokeOnSkin, { minLength: 1, maxLength: 4 }).map((strokes) => ({ strokes }));

describe('the footprint of a stroke, found through the grid of skin patches', () => {
  it('covers exactly the patches a scan of the whole skin finds, for random strokes with erasing and pen radii', () => {
    fc.assert(
      fc.property(regionOnSkin, (region) => {
        expect(coveredPatches(region, skin.surface)).toEqual(scannedCoverage(region, skin.surface));
      }),
      { numRuns: 25, seed: 15 },
    );
  }, 120_000);

  it('names the structures the scanned patches lie over, most covered first', () => {
    fc.assert(
      fc.property(regionOnSkin, (region) => {
        const scanned = scannedCoverage(region, skin.surface);
        const areaOf = (id: string) =>
          maskArea(
            scanned.map((on, i) => on && patches[i]!.structureId === id),
            skin.surface,
          );
        const footprint = footprintOf(region, skin);
        const beneath = new Set(patches.filter((_, i) => scanned[i]).map((patch) => patch.structureId));
        expect(new Set(footprint)).toEqual(beneath);
        const areas = footprint.map(areaOf);
        areas.slice(1).forEach((area, i) => expect(area).toBeLessThanOrEqual(areas[i]! + 1e-9));
      }),
      { numRuns: 10, seed: 18 },
    );
  }, 120_000);

  it('paints wider where the pen pressed harder', () => {
    const start = patches.find((patch) => patch.structureId.startsWith('latissimus'))!.centre;
    const stamps: ModelPoint[] = [0, 1, 2].map((i) => [start[0], start[1] + i, start[2]]);
    const brush = { mode: 'paint' as const, radiusCm: 3, stamps };
    const area = (stroke: BrushStroke) =>
      maskArea(coveredPatches({ strokes: [stroke] }, skin.surface), skin.surface);
    const light = area({ ...brush, stampRadiiCm: [1.2, 1.2, 1.2] });
    const hard = area({ ...brush, stampRadiiCm: [3.6, 3.6, 3.6] });
    expect(area({ ...brush, stampRadiiCm: [3, 3, 3] })).toBe(area(brush));
    expect(light).toBeGreaterThan(0);
    expect(light).toBeLessThan(area(brush));
    expect(hard).toBeGreaterThan(area(brush));
  });
});
