export interface Spot {
  x: number;
  y: number;
}

/** Marks closer than this (in sizes, along both axes) would cover each other. */
const CLEARANCE = 1.1;
const MAX_STEPS = 30;

/** Two marks of this size at these spots would cover each other. */
export function covers(a: Spot, b: Spot, size: number): boolean {
  return Math.abs(a.x - b.x) < size * CLEARANCE && Math.abs(a.y - b.y) < size * CLEARANCE;
}

/**
 * Places marks so none covers another: each keeps its own spot if it is free, otherwise moves
 * sideways, away from the body's midline (`centreX`), in half-size steps until it is clear. Earlier
 * marks win their spots. Returns the new spots in the same order; the caller draws a leader line to
 * any that moved.
 */
export function spreadLabels(spots: readonly Spot[], size: number, centreX: number): Spot[] {
  const placed: Spot[] = [];
  const collides = (spot: Spot) => placed.some((other) => covers(other, spot, size));
  for (const spot of spots) {
    const away = spot.x >= centreX ? 1 : -1;
    let candidate = { ...spot };
    for (let step = 1; collides(candidate) && step <= MAX_STEPS; step++) {
      candidate = { x: spot.x + away * step * size * 0.5, y: spot.y };
    }
    placed.push(candidate);
  }
  return placed;
}
