import { describe, expect, it } from 'vitest';
import { FindingBody } from '../../../../shared/domain/plan/findings';
import type { PickHit } from '../../scene/model/picking';
import { muscleAnchor, nearestDirection, surfaceAnchor, tangentDirection, tangentOf } from './placement';

const fascia: PickHit = {
  structureId: 'superficial_fascia_M',
  layer: 'superficial_fascia',
  point: [9.5, 146, -6.8],
  normal: [0, 0.6, -0.8],
  uv: [0, 0],
  distance: 300,
};
const trapezius: PickHit = {
  structureId: 'trapezius_upper_L',
  layer: 'superficial_muscle',
  point: [9.5, 145.6, -6.4],
  normal: [0, 0.6, -0.8],
  uv: [0.4, 0.55],
  distance: 300.5,
};
const scapula: PickHit = { ...trapezius, structureId: 'scapula_L', layer: 'skeleton', distance: 303 };

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

  it('turns named directions into tangents on the client’s side of the body', () => {
    const normal: [number, number, number] = [0, 0, -1];
    expect(tangentDirection('lateral', [10, 120, -10], normal)).toEqual([1, 0, 0]);
    expect(tangentDirection('lateral', [-10, 120, -10], normal)).toEqual([-1, 0, 0]);
    expect(tangentDirection('posterior', [10, 120, -10], normal)).toBeNull();
    expect(nearestDirection([0, 1, 0], [10, 120, -10], normal)).toBe('superior');
  });
});

describe('tangentOf', () => {
  it('lays a direction flat on the surface, keeping its sense', () => {
    const onBack = tangentOf([0, 1, 0.5], [0, 0, -1]);
    expect(onBack).toEqual([0, 1, 0]);
  });

  it('names no direction for one that points into the surface', () => {
    expect(tangentOf([0, 0.1, -1], [0, 0, -1])).toBeNull();
  });
});
