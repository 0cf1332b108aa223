import type { ModelPoint, PaintedRegion } from './region';
import type { BodySurface } from './surface';

/**
 * Which surface patches a painted region covers. Each patch takes the mode of the last stroke
 * that reaches its centre, so painting and erasing compose the way they look on screen.
 * Stamps are bucketed in a grid of the largest radius so each patch checks only nearby stamps.
 */
export function coveredPatches(region: PaintedRegion, surface: BodySurface): boolean[] {
  const covered = new Array<boolean>(surface.patches.length).fill(false);
  if (region.strokes.length === 0) return covered;
  const index = new StampIndex(region);
  surface.patches.forEach((patch, i) => {
    covered[i] = index.lastModeAt(patch.centre) === 'paint';
  });
  return covered;
}

interface IndexedStamp {
  point: ModelPoint;
  radiusSquared: number;
  strokeOrder: number;
  mode: 'paint' | 'erase';
}

class StampIndex {
  private readonly cell: number;
  private readonly buckets = new Map<string, IndexedStamp[]>();

  constructor(region: PaintedRegion) {
    this.cell = Math.max(...region.strokes.map((stroke) => stroke.radiusCm));
    region.strokes.forEach((stroke, strokeOrder) => {
      for (const point of stroke.stamps) {
        const key = this.key(point);
        const bucket = this.buckets.get(key) ?? [];
        bucket.push({ point, radiusSquared: stroke.radiusCm ** 2, strokeOrder, mode: stroke.mode });
        this.buckets.set(key, bucket);
      }
    });
  }

  lastModeAt(point: ModelPoint): 'paint' | 'erase' | undefined {
    let latest: IndexedStamp | undefined;
    const [cx, cy, cz] = point.map((value) => Math.floor(value / this.cell)) as [number, number, number];
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (let dz = -1; dz <= 1; dz++) {
          for (const stamp of this.buckets.get(`${cx + dx},${cy + dy},${cz + dz}`) ?? []) {
            if (latest && stamp.strokeOrder <= latest.strokeOrder) continue;
            if (distanceSquared(stamp.point, point) <= stamp.radiusSquared) latest = stamp;
          }
        }
      }
    }
    return latest?.mode;
  }

  private key(point: ModelPoint): string {
    return point.map((value) => Math.floor(value / this.cell)).join(',');
  }
}

function distanceSquared(a: ModelPoint, b: ModelPoint): number {
  return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2;
}
