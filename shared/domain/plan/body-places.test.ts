import { describe, expect, it } from 'vitest';
import { BodyPlace, footprintRegions, zoneRegions } from './body-places';

describe('places on the body', () => {
  it('places a zone by its structures, a midline one on both sides of its region', () => {
    expect([...zoneRegions({ kind: 'structure', structureId: 'gluteus_maximus_L' })]).toEqual(['pelvis_L']);
    expect([...zoneRegions({ kind: 'structure', structureId: 'sacrum_M' })]).toEqual([
      'pelvis_L',
      'pelvis_R',
    ]);
    expect([...footprintRegions(['quadratus_lumborum_R', 'lumbar_spine_M'])]).toEqual(['lower_back']);
  });

  it('places the envelope under a painted zone nowhere, and picked on its own everywhere', () => {
    const painted = { kind: 'region' as const, region: { strokes: [] }, footprint: ['superficial_fascia_M'] };
    expect(zoneRegions(painted).size).toBe(0);
    expect(zoneRegions({ kind: 'structure', structureId: 'superficial_fascia_M' }).has('foot_R')).toBe(true);
  });

  it('takes only the regions the plan knows', () => {
    expect(BodyPlace.safeParse({ regions: ['lower_back'], note: 'Disc' }).success).toBe(true);
    expect(BodyPlace.safeParse({ regions: ['Lower back'] }).error?.issues[0]?.message).toBe(
      'Choose a body region from the list',
    );
  });
});
