import { describe, expect, it } from 'vitest';
import type { Client } from '../client';
import { newZone } from './zone-defaults';

type Tolerances = Pick<Client, 'toleranceDefault' | 'toleranceByRegion'>;
import { ZoneBody } from './zones';

const target = { kind: 'structure', structureId: 'trapezius_upper_L' } as const;
const measuredOn = '2026-02-01';

describe('a new zone', () => {
  it('starts light, held four minutes with sustained pressure, when the tolerance is not known', () => {
    expect(ZoneBody.parse(newZone(target, null))).toMatchObject({
      techniqueId: 'sustained-pressure',
      pressure: { scale: 'ordinal', value: 'light' },
      holdMinutes: 4,
    });
  });

  it('starts gentle on the scale the client’s tolerance was measured on', () => {
    const comfort: Tolerances = {
      toleranceDefault: { scale: 'comfort', value: 7, measuredOn },
      toleranceByRegion: [],
    };
    expect(newZone(target, comfort).pressure).toEqual({ scale: 'comfort', value: 4 });
    const byRegion: Tolerances = {
      toleranceDefault: null,
      toleranceByRegion: [{ region: 'neck', level: { scale: 'algometer', value: 2.5, measuredOn } }],
    };
    expect(newZone(target, byRegion).pressure).toEqual({ scale: 'algometer', value: 1 });
  });
});
