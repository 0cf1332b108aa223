import type { Point } from './curves';
import { FAR, sampleField, type FieldSample, type SupportField } from './supportField';

/**
 * Wrapping a new layer over what is already built: each sample moves outward (away from the
 * skeleton, or along its sheet's outward normal) until it clears the support by its own
 * half-thickness. This is what keeps sheets from cutting through ribs and through each other.
 */
export interface WrapContext {
  /** Bones and every structure built so far. */
  readonly support: SupportField;
  /** Bones only, with a long reach: tells which way is "outward" anywhere in the body. */
  readonly skeleton: SupportField;
}

/** A small gap between layers so neighbouring surfaces do not z-fight. */
export const LAYER_GAP = 0.06;

const sample: FieldSample = { distance: 0, nx: 0, ny: 0, nz: 0 };

/** Unit direction away from the nearest bone; far from any bone, away from the body's long axis. */
export function outwardAt(ctx: WrapContext, p: Point): Point {
  sampleField(ctx.skeleton, p[0], p[1], p[2], sample);
  if (sample.distance < FAR) return [sample.nx, sample.ny, sample.nz];
  const rx = p[0],
    rz = p[2] + 2;
  const l = Math.hypot(rx, rz) || 1;
  return [rx / l, 0, rz / l];
}

/**
 * Which way a whole sheet faces. In the trunk the nearest bone is often a spinous process or a
 * rib end whose "away" points sideways or even inward, so there the sense is taken from the body's
 * long axis; in the head and limbs the nearest bone is the better guide.
 */
export function sheetOutwardAt(ctx: WrapContext, p: Point): Point {
  const inTrunk = Math.abs(p[0]) < 15 && p[1] > 84 && p[1] < 150;
  if (!inTrunk) return outwardAt(ctx, p);
  const rx = p[0],
    rz = p[2] + 1;
  const l = Math.hypot(rx, rz) || 1;
  return [rx / l, 0, rz / l];
}

export function clearanceAt(ctx: WrapContext, p: Point): number {
  return sampleField(ctx.support, p[0], p[1], p[2], sample).distance;
}

/** March p along `dir` until it is at least `clearance` from the support (bounded travel). */
export function pushOut(ctx: WrapContext, p: Point, dir: Point, clearance: number): void {
  let travelled = 0;
  for (let i = 0; i < 48 && travelled < 8; i++) {
    const d = sampleField(ctx.support, p[0], p[1], p[2], sample).distance;
    if (d >= clearance) return;
    const step = Math.max(clearance - d, 0.04);
    p[0] += dir[0] * step;
    p[1] += dir[1] * step;
    p[2] += dir[2] * step;
    travelled += step;
  }
}
