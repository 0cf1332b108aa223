import type { SheetShape } from '../../../../shared/anatomy';
import { clamp, densify, polylineLength, resample, smoothCurve, smoothstep, type Point } from './curves';
import { addVertex, computeNormals, emptyMesh } from './meshData';
import type { BuiltPart, Capsule } from './spindle';
import { sampleProfile } from './thickness';
import { add, cross, dot, emitTriangle, normalize, sub } from './vector';
import { LAYER_GAP, pushOut, sheetOutwardAt, type WrapContext } from './wrap';

/**
 * A sheet or fan spread across guide curves (each origin -> insertion): a mid-surface grid in
 * (u across the guides, v along them), wrapped over the support, then given thickness on both
 * sides. Open sheets thin to nothing at their side edges, which is what draws the boundary between
 * neighbouring muscles; closed sheets are fascial sleeves around a limb.
 */
const STRIPE_SPACING = 0.75;

type Grid = Point[][]; // grid[i][k]: i across (u), k along (v)

function gridNormals(grid: Grid, closed: boolean): Point[][] {
  const nu = grid.length;
  const nv = grid[0]!.length;
  return grid.map((column, i) =>
    column.map((_, k) => {
      const iPrev = closed ? (i - 1 + nu) % nu : Math.max(i - 1, 0);
      const iNext = closed ? (i + 1) % nu : Math.min(i + 1, nu - 1);
      const du = sub(grid[iNext]![k]!, grid[iPrev]![k]!);
      const dv = sub(grid[i]![Math.min(k + 1, nv - 1)]!, grid[i]![Math.max(k - 1, 0)]!);
      return normalize(cross(du, dv));
    }),
  );
}

function smoothGrid(grid: Grid, closed: boolean): Grid {
  const nu = grid.length;
  const nv = grid[0]!.length;
  return grid.map((column, i) =>
    column.map((p, k) => {
      const edgeU = !closed && (i === 0 || i === nu - 1);
      if (edgeU || k === 0 || k === nv - 1) return p;
      const l = grid[(i - 1 + nu) % nu]![k]!,
        r = grid[(i + 1) % nu]![k]!;
      const d = column[k - 1]!,
        u = column[k + 1]!;
      return [
        0.5 * p[0] + 0.125 * (l[0] + r[0] + d[0] + u[0]),
        0.5 * p[1] + 0.125 * (l[1] + r[1] + d[1] + u[1]),
        0.5 * p[2] + 0.125 * (l[2] + r[2] + d[2] + u[2]),
      ] as Point;
    }),
  );
}

export function buildSheet(shape: SheetShape, ctx: WrapContext | null): BuiltPart {
  const closed = shape.closedAround === true;
  const dense = shape.guides.map((g) => densify(g));
  const length = Math.max(...dense.map(polylineLength));
  const nv = clamp(Math.round(length / 1.3) + 1, 6, 32);
  const along = dense.map((g) => resample(g, nv));
  const rows = Array.from({ length: nv }, (_, k) => along.map((g) => g[k]!));
  const width = Math.max(...rows.map((r) => polylineLength(densify(r, 8, closed))));
  const nu = closed ? clamp(Math.round(width / 1.5), 12, 40) : clamp(Math.round(width / 1.3) + 1, 3, 20);
  const rowPoints = rows.map((r) => {
    const pts = smoothCurve(r, closed ? nu + 1 : nu, closed);
    return closed ? pts.slice(0, nu) : pts;
  });
  let grid: Grid = Array.from({ length: nu }, (_, i) => rowPoints.map((r) => r[i]!));
  const uOf = (i: number) => (closed ? i / nu : i / (nu - 1));

  const tendonThickness = 0.14;
  const profile = grid.map((column, i) =>
    column.map((_, k) => {
      const u = uOf(i);
      const p = sampleProfile(shape.thickness, u, k / (nv - 1), tendonThickness);
      // a plateau with thin borders reads as a slab of muscle; a sine across the width reads as a pillow
      const edge = closed ? 1 : smoothstep(0, 0.22, u) * smoothstep(0, 0.22, 1 - u);
      return { thickness: p.thickness * edge, tendon: p.tendon };
    }),
  );

  let normals = gridNormals(grid, closed);
  if (ctx) {
    // one outward sense for the whole sheet, voted by the skeleton
    let vote = 0;
    grid.forEach((column, i) =>
      column.forEach((p, k) => (vote += dot(normals[i]![k]!, sheetOutwardAt(ctx, p)))),
    );
    const sense = vote >= 0 ? 1 : -1;
    const march = () =>
      grid.forEach((column, i) =>
        column.forEach((p, k) => {
          const n = normals[i]![k]!;
          pushOut(
            ctx,
            p,
            [n[0] * sense, n[1] * sense, n[2] * sense],
            profile[i]![k]!.thickness / 2 + LAYER_GAP,
          );
        }),
      );
    march();
    grid = smoothGrid(grid, closed);
    normals = gridNormals(grid, closed);
    march();
    normals = gridNormals(grid, closed).map((c) =>
      c.map((n) => [n[0] * sense, n[1] * sense, n[2] * sense] as Point),
    );
  }

  const mesh = emptyMesh();
  const stripes = Math.max(3, Math.round(width / STRIPE_SPACING));
  const columns = closed ? nu + 1 : nu;
  const top: number[][] = [];
  const bottom: number[][] = [];
  for (let i = 0; i < columns; i++) {
    const gi = i % nu;
    const u = closed ? i / nu : uOf(i);
    top.push([]);
    bottom.push([]);
    for (let k = 0; k < nv; k++) {
      const p = grid[gi]![k]!;
      const n = normals[gi]![k]!;
      const { thickness, tendon } = profile[gi]![k]!;
      const v = k / (nv - 1);
      const a = add(p, n, thickness / 2);
      const b = add(p, n, -thickness / 2);
      top[i]!.push(addVertex(mesh, a[0], a[1], a[2], u, v, u * stripes, tendon));
      bottom[i]!.push(addVertex(mesh, b[0], b[1], b[2], u, v, u * stripes, tendon));
    }
  }
  for (let i = 0; i < columns - 1; i++) {
    const gi = i % nu;
    for (let k = 0; k < nv - 1; k++) {
      const n = normals[gi]![k]!;
      const down: Point = [-n[0], -n[1], -n[2]];
      const t = top,
        b = bottom;
      emitTriangle(mesh.indices, mesh.positions, t[i]![k]!, t[i + 1]![k]!, t[i + 1]![k + 1]!, n);
      emitTriangle(mesh.indices, mesh.positions, t[i]![k]!, t[i + 1]![k + 1]!, t[i]![k + 1]!, n);
      emitTriangle(mesh.indices, mesh.positions, b[i]![k]!, b[i + 1]![k]!, b[i + 1]![k + 1]!, down);
      emitTriangle(mesh.indices, mesh.positions, b[i]![k]!, b[i + 1]![k + 1]!, b[i]![k + 1]!, down);
    }
  }
  // the origin and insertion ends are walls between the two faces
  for (const k of [0, nv - 1]) {
    for (let i = 0; i < columns - 1; i++) {
      const gi = i % nu;
      const col = grid[gi]!;
      const along = normalize(k === 0 ? sub(col[0]!, col[1]!) : sub(col[nv - 1]!, col[nv - 2]!));
      emitTriangle(mesh.indices, mesh.positions, top[i]![k]!, top[i + 1]![k]!, bottom[i + 1]![k]!, along);
      emitTriangle(mesh.indices, mesh.positions, top[i]![k]!, bottom[i + 1]![k]!, bottom[i]![k]!, along);
    }
  }
  computeNormals(mesh, closed);

  const capsules: Capsule[] = [];
  for (let i = 0; i < nu; i++) {
    for (let k = 0; k < nv; k++) {
      const p = grid[i]![k]!;
      const r = profile[i]![k]!.thickness / 2;
      if (k + 1 < nv)
        capsules.push({ a: p, b: grid[i]![k + 1]!, ra: r, rb: profile[i]![k + 1]!.thickness / 2 });
      const iNext = closed ? (i + 1) % nu : i + 1;
      if (iNext < nu && (closed || i + 1 < nu)) {
        capsules.push({ a: p, b: grid[iNext]![k]!, ra: r, rb: profile[iNext]![k]!.thickness / 2 });
      }
    }
  }
  return { mesh, capsules };
}
