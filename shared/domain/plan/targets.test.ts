import { describe, expect, it } from 'vitest';
import { REACH_CM, muscleBeneath, targetHit, type SurfaceHit } from './targets';

/** A ray into the front of the neck, beside the midline, as the probe of the model found it. */
const along = (structureId: string, layer: SurfaceHit['layer'], depthCm: number): SurfaceHit => ({
  structureId,
  layer,
  point: [2, 147, 8 - depthCm],
  normal: [0, 0, 1],
  uv: [0.5, 0.5],
});
const skin = along('superficial_fascia_M', 'superficial_fascia', 0);
const cervicalFascia = along('cervical_fascia_L', 'deep_fascia', 2.3);
const sternocleidomastoid = along('sternocleidomastoid_L', 'superficial_muscle', 1);
const clavicle = along('clavicle_L', 'skeleton', 1.5);
const pectoralisMinor = along('pectoralis_minor_L', 'deep_muscle', 2.5);
/** The back of the neck, seen through the throat: far beyond reach of the skin touched. */
const semispinalis = along('semispinalis_capitis_L', 'deep_muscle', 15);

describe('the hit each target lands on', () => {
  it('puts skin marks and adhesions on the first shown surface', () => {
    expect(targetHit([skin, sternocleidomastoid], 'skin')).toBe(skin);
    expect(targetHit([skin, sternocleidomastoid], 'fascia')).toBe(skin);
    // With the skin faded or hidden, the first shown surface is the muscle.
    expect(targetHit([sternocleidomastoid], 'fascia')).toBe(sternocleidomastoid);
    expect(targetHit([], 'skin')).toBeUndefined();
  });

  it('puts a trigger point in the first muscle beneath any fascia', () => {
    expect(targetHit([skin, cervicalFascia, sternocleidomastoid], 'muscle')).toBe(sternocleidomastoid);
  });

  it('never reaches through the body for a muscle: not past reach, not behind bone', () => {
    expect(semispinalis.point[2]).toBeLessThan(skin.point[2] - REACH_CM);
    expect(targetHit([skin, cervicalFascia, semispinalis], 'muscle')).toBeUndefined();
    expect(targetHit([skin, clavicle, pectoralisMinor], 'muscle')).toBeUndefined();
  });

  it('puts a structure zone on the muscle, else on the sheet or bone clicked, never the whole skin', () => {
    expect(targetHit([skin, sternocleidomastoid], 'structure')).toBe(sternocleidomastoid);
    expect(targetHit([skin, cervicalFascia, semispinalis], 'structure')).toBe(cervicalFascia);
    expect(targetHit([skin, clavicle, pectoralisMinor], 'structure')).toBe(clavicle);
    expect(targetHit([skin, semispinalis], 'structure')).toBeUndefined();
  });

  it('names the muscle beneath the fascia touched, and none beneath a muscle touched itself', () => {
    expect(muscleBeneath([skin, cervicalFascia, sternocleidomastoid])).toBe(sternocleidomastoid);
    expect(muscleBeneath([sternocleidomastoid, clavicle])).toBeUndefined();
    expect(muscleBeneath([skin, semispinalis])).toBeUndefined();
  });
});
