import { describe, expect, it } from 'vitest';
import { collagenNormals } from './collagen';

const SIZE = 64;
const bytes = collagenNormals(SIZE);
const normalAt = (x: number, y: number) => {
  const o = (((y + SIZE) % SIZE) * SIZE + ((x + SIZE) % SIZE)) * 4;
  return [bytes[o]! / 127.5 - 1, bytes[o + 1]! / 127.5 - 1, bytes[o + 2]! / 127.5 - 1] as const;
};

describe('the collagen normal map', () => {
  it('holds unit normals facing out of the surface', () => {
    for (let y = 0; y < SIZE; y++)
      for (let x = 0; x < SIZE; x++) {
        const [nx, ny, nz] = normalAt(x, y);
        expect(Math.hypot(nx, ny, nz)).toBeCloseTo(1, 1);
        expect(nz).toBeGreaterThan(0.3);
      }
  });

  it('varies mostly across the bundles, so the fibres run along v', () => {
    let across = 0;
    let along = 0;
    for (let y = 0; y < SIZE; y++)
      for (let x = 0; x < SIZE; x++) {
        across += Math.abs(normalAt(x, y)[0]);
        along += Math.abs(normalAt(x, y)[1]);
      }
    expect(across).toBeGreaterThan(2 * along);
    expect(along).toBeGreaterThan(0);
  });

  it('tiles: the last column and row run on into the first', () => {
    const step = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!);
    let worstEdge = 0;
    let typical = 0;
    for (let i = 0; i < SIZE; i++) {
      worstEdge = Math.max(
        worstEdge,
        step(normalAt(SIZE - 1, i), normalAt(0, i)),
        step(normalAt(i, SIZE - 1), normalAt(i, 0)),
      );
      typical = Math.max(typical, step(normalAt(SIZE / 2, i), normalAt(SIZE / 2 + 1, i)));
    }
    expect(worstEdge).toBeLessThanOrEqual(typical * 1.01);
  });
});
