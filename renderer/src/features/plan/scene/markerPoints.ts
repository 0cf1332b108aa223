import type { ModelPoint } from '../../../../../shared/domain/plan/region';
import type { ZoneBody } from '../../../../../shared/domain/plan/zones';
import type { SkinSurface } from '../../../scene/bodySurface';

const distanceSquared = (a: ModelPoint, b: readonly number[]) =>
  (a[0] - b[0]!) ** 2 + (a[1] - b[1]!) ** 2 + (a[2] - b[2]!) ** 2;

function nearestOf(point: ModelPoint, candidates: readonly ModelPoint[]): ModelPoint {
  let best = candidates[0] ?? point;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distanceSquared(point, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** The centre of the skin patch nearest a point: where a mark for a deeper site shows. */
export function nearestSkinPoint(point: ModelPoint, skin: SkinSurface): ModelPoint {
  return nearestOf(
    point,
    skin.surface.patches.map((patch) => patch.centre),
  );
}

function mean(points: readonly ModelPoint[]): ModelPoint {
  const sum = points.reduce<[number, number, number]>(
    (acc, p) => [acc[0] + p[0], acc[1] + p[1], acc[2] + p[2]],
    [0, 0, 0],
  );
  return [sum[0] / points.length, sum[1] / points.length, sum[2] / points.length];
}

/**
 * Where a zone's numbered mark goes: for a painted zone, the painted stamp nearest the middle of
 * the paint; for a structure, the skin over it nearest the middle of that skin.
 */
export function zoneMarkerPoint(zone: ZoneBody, skin: SkinSurface): ModelPoint | null {
  if (zone.target.kind === 'region') {
    const stamps = zone.target.region.strokes.filter((s) => s.mode === 'paint').flatMap((s) => s.stamps);
    if (stamps.length === 0) return null;
    return nearestOf(mean(stamps), stamps);
  }
  const id = zone.target.structureId;
  const over = skin.surface.patches.filter((patch) => patch.structureId === id).map((patch) => patch.centre);
  if (over.length === 0) return null;
  return nearestOf(mean(over), over);
}

/** A point a little off the surface along its normal, so a mark is not buried in it. */
export function lifted(point: ModelPoint, normal: ModelPoint, cm: number): ModelPoint {
  return [point[0] + normal[0] * cm, point[1] + normal[1] * cm, point[2] + normal[2] * cm];
}
