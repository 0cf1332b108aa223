import type { ModelPoint } from './region';
import type { BodySurface } from './surface';

/** Side of a grid cell, cm: about a typical brush's radius, so a stamp looks at a few dozen cells at most. */
const CELL_CM = 4;

/**
 * The skin's patches bucketed by where their centres lie, in a regular grid over the body, so a
 * brush stamp finds the patches it reaches without looking at the other tens of thousands. The
 * buckets are packed in one array (each cell's patches side by side), built once per surface.
 */
export interface PatchGrid {
  /** Calls `visit` with every patch whose centre lies within `radiusCm` of `point`. */
  near(point: ModelPoint, radiusCm: number, visit: (patchIndex: number) => void): void;
}

const grids = new WeakMap<BodySurface, PatchGrid>();

export function patchGrid(surface: BodySurface): PatchGrid {
  let grid = grids.get(surface);
  if (!grid) {
    grid = buildGrid(surface);
    grids.set(surface, grid);
  }
  return grid;
}

function buildGrid(surface: BodySurface): PatchGrid {
  const { patches } = surface;
  const low = [Infinity, Infinity, Infinity];
  const high = [-Infinity, -Infinity, -Infinity];
  for (const { centre } of patches) {
    for (let axis = 0; axis < 3; axis++) {
      low[axis] = Math.min(low[axis]!, centre[axis]!);
      high[axis] = Math.max(high[axis]!, centre[axis]!);
    }
  }
  const size = low.map((from, axis) => Math.max(1, Math.floor((high[axis]! - from) / CELL_CM) + 1));
  const [nx, ny, nz] = size as [number, number, number];
  const cellAt = (axis: number, value: number) => Math.floor((value - low[axis]!) / CELL_CM);
  const cellOf = (centre: ModelPoint) =>
    cellAt(0, centre[0]) + nx * (cellAt(1, centre[1]) + ny * cellAt(2, centre[2]));

  // Count the patches per cell, turn the counts into starts, then drop each patch into its slot.
  const start = new Int32Array(nx * ny * nz + 1);
  const cells = Int32Array.from(patches, (patch) => cellOf(patch.centre));
  for (const cell of cells) start[cell + 1]!++;
  for (let cell = 0; cell < nx * ny * nz; cell++) start[cell + 1]! += start[cell]!;
  const filled = start.slice(0, -1);
  const order = new Int32Array(patches.length);
  cells.forEach((cell, index) => (order[filled[cell]!++] = index));

  const clamp = (axis: number, value: number) => Math.min(size[axis]! - 1, Math.max(0, cellAt(axis, value)));
  return {
    near(point, radiusCm, visit) {
      const reach = radiusCm ** 2;
      const [x0, y0, z0] = [0, 1, 2].map((axis) => clamp(axis, point[axis]! - radiusCm));
      const [x1, y1, z1] = [0, 1, 2].map((axis) => clamp(axis, point[axis]! + radiusCm));
      for (let z = z0!; z <= z1!; z++) {
        for (let y = y0!; y <= y1!; y++) {
          const row = nx * (y + ny * z);
          for (let slot = start[row + x0!]!; slot < start[row + x1! + 1]!; slot++) {
            const index = order[slot]!;
            if (distanceSquared(patches[index]!.centre, point) <= reach) visit(index);
          }
        }
      }
    },
  };
}

function distanceSquared(a: ModelPoint, b: ModelPoint): number {
  return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2;
}
