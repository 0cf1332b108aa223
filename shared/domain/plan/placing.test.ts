import { describe, expect, it } from 'vitest';
import { FindingBody } from './findings';
import { muscleAnchor, paintPoint, surfaceAnchor } from './placing';
import type { SurfaceHit } from './targets';

const fascia: SurfaceHit = {
  structureId: 'superficial_fascia_M',
  layer: 'superficial_fascia',
  point: [9.5, 146, -6.8],
  normal: [0, 0.6, -0.8],
  uv: [0, 0],
};
const trapezius: SurfaceHit = {
  structureId: 'trapezius_upper_L',
  layer: 'superficial_muscle',
  point: [9.5, 145.6, -6.4],
  normal: [0, 0.6, -0.8],
  uv: [0.4, 0.55],
};
const scapula: SurfaceHit = { ...trapezius, structureId: 'scapula_L', layer: 'skeleton' };

describe('placing a finding from the hits under the cursor', () => {
  it('puts a trigger point in the first muscle beneath the fascia', () => {
    const anchor = muscleAnchor([fascia, trapezius, scapula])!;
    expect(anchor).toMatchObject({
      structureId: 'trapezius_upper_L',
      u: 0.4,
      v: 0.55,
      muscleBeneathId: null,
    });
    const body = { kind: 'trigger_point', anchor, state: 'active' };
    expect(FindingBody.safeParse(body).success).toBe(true);
    expect(muscleAnchor([fascia, scapula])).toBeNull();
  });

  it('puts an adhesion on the fascia, naming the muscle beneath', () => {
    expect(surfaceAnchor([fascia, trapezius])).toMatchObject({
      structureId: 'superficial_fascia_M',
      muscleBeneathId: 'trapezius_upper_L',
    });
  });

  it('does not name a muscle beneath itself when the muscle is the surface touched', () => {
    expect(surfaceAnchor([trapezius, scapula])).toMatchObject({
      structureId: 'trapezius_upper_L',
      muscleBeneathId: null,
    });
  });

  it('makes the normal a unit vector and keeps (u, v) on the texture', () => {
    const anchor = surfaceAnchor([{ ...fascia, normal: [0, 3, -4], uv: [1.2, -0.1] }])!;
    expect(anchor.normal).toEqual([0, 0.6, -0.8]);
    expect([anchor.u, anchor.v]).toEqual([1, 0]);
  });

  it('paints on the outermost surface, and nowhere off the body', () => {
    expect(paintPoint([fascia, trapezius])).toEqual([9.5, 146, -6.8]);
    expect(paintPoint([])).toBeNull();
  });
});
