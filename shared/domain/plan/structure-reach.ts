import { structureById, type Shape, type Vec3 } from '../../anatomy';

/**
 * How far a point lies from a structure of the atlas, cm, from the shape the atlas gives it (main
 * has no mesh): the distance to the shape's centre lines, less the half-breadth the tissue spreads
 * around them. The builder wraps muscles a little outwards over what lies beneath, so this is an
 * estimate to within a centimetre or two; a reach measured with it should be generous.
 */
export function distanceToStructure(point: Vec3, structureId: string): number {
  const shape = structureById(structureId)?.shape;
  return shape ? Math.max(0, distanceToShape(point, shape)) : Infinity;
}

type Point = readonly number[];

const sub = (a: Point, b: Point) => [a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!];
const dot = (a: Point, b: Point) => a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!;

function toSegment(point: Point, a: Point, b: Point): number {
  const ab = sub(b, a);
  const length2 = dot(ab, ab);
  const t = length2 === 0 ? 0 : Math.min(1, Math.max(0, dot(sub(point, a), ab) / length2));
  const nearest = [a[0]! + ab[0]! * t, a[1]! + ab[1]! * t, a[2]! + ab[2]! * t];
  return Math.hypot(...sub(point, nearest));
}

function toPolyline(point: Point, line: readonly Point[]): number {
  if (line.length === 1) return Math.hypot(...sub(point, line[0]!));
  let best = Infinity;
  for (let i = 1; i < line.length; i++) best = Math.min(best, toSegment(point, line[i - 1]!, line[i]!));
  return best;
}

/** A sheet spans between its guides: its lines are the guides and the rungs joining neighbours. */
function sheetLines(guides: readonly (readonly Vec3[])[]): (readonly Point[])[] {
  const rungs = guides.slice(1).flatMap((guide, g) => {
    const previous = guides[g]!;
    const steps = Math.min(guide.length, previous.length);
    return Array.from({ length: steps }, (_, i) => [previous[i]!, guide[i]!]);
  });
  return [...guides, ...rungs];
}

function distanceToShape(point: Vec3, shape: Shape): number {
  switch (shape.kind) {
    case 'spindle':
      return toPolyline(point, shape.path) - shape.width / 2;
    case 'sheet':
      return Math.min(...sheetLines(shape.guides).map((line) => toPolyline(point, line)));
    case 'solid': {
      const tubes = shape.tubes.map((tube) => {
        const radius = typeof tube.radius === 'number' ? tube.radius : Math.max(...tube.radius);
        return toPolyline(point, tube.path) - radius;
      });
      // An ellipsoid, by its largest radius (its tilt ignored): generous, as a reach should be.
      const blobs = shape.blobs.map(
        (blob) => Math.hypot(...sub(point, blob.center)) - Math.max(...blob.radii),
      );
      return Math.min(...tubes, ...blobs);
    }
    case 'envelope':
      // The skin wraps the whole body: being near every site, its nearness says nothing of one.
      return Infinity;
  }
}
