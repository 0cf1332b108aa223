import { ATLAS_VERSION } from '../../anatomy';
import type { SurfaceAnchorInput } from './anchor';
import type { PaintedRegion } from './region';
import type { ZoneBody } from './zones';

/** An anchor on the client's left upper trapezius, facing back and up. */
export function trapeziusAnchor(overrides: Partial<SurfaceAnchorInput> = {}): SurfaceAnchorInput {
  return {
    structureId: 'trapezius_upper_L',
    layer: 'superficial_muscle',
    u: 0.4,
    v: 0.5,
    point: [9.5, 145.6, -6.4],
    normal: [0, 0.6, -0.8],
    atlasVersion: ATLAS_VERSION,
    muscleBeneathId: null,
    ...overrides,
  };
}

/** One round stamp of paint. */
export function spot(point: [number, number, number], radiusCm = 3): PaintedRegion {
  return { strokes: [{ mode: 'paint', radiusCm, stamps: [point] }] };
}

/** Sustained pressure, moderate, five minutes, over the client's left upper trapezius. */
export function zoneOn(structureId: string, overrides: Partial<ZoneBody> = {}): ZoneBody {
  return {
    label: '',
    target: { kind: 'structure', structureId },
    techniqueId: 'sustained-pressure',
    pressure: { scale: 'ordinal', value: 'moderate' },
    holdMinutes: 5,
    notes: '',
    ...overrides,
  };
}
