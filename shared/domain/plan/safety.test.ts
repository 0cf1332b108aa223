import { describe, expect, it } from 'vitest';
import type { PressureLevel } from '../pressure';
import { exceedsTolerance, pressureBand } from './planned-pressure';
import { planFlags, type SafetyClient } from './safety';
import { spot, zoneOn } from './test-fixtures';
import { TOLERANCE_REGIONS, toleranceFor, toleranceRegionOf } from './tolerance-regions';

const measured = '2026-02-01';
const moderate: PressureLevel = { scale: 'ordinal', value: 'moderate', measuredOn: measured };

function client(overrides: Partial<SafetyClient> = {}): SafetyClient {
  return {
    toleranceDefault: { scale: 'ordinal', value: 'firm', measuredOn: measured },
    toleranceByRegion: [],
    contraindications: [],
    otherContraindications: [],
    ...overrides,
  };
}

const flagsOf = (zone: ReturnType<typeof zoneOn>, who: SafetyClient, cautions = []) =>
  planFlags({ zones: [{ id: 'z1', body: zone }], cautions, client: who });

describe('tolerance regions', () => {
  it('lists axial regions once and paired ones per side, in the client’s words', () => {
    const ids = TOLERANCE_REGIONS.map((region) => region.id);
    expect(ids).toContain('neck');
    expect(ids).toContain('shoulder_L');
    expect(ids).toContain('thigh_R');
    expect(TOLERANCE_REGIONS.find((region) => region.id === 'leg_L')?.label).toBe(
      "Lower leg (client's left)",
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('maps each structure to its region with its side', () => {
    expect(toleranceRegionOf('trapezius_upper_L')).toBe('shoulder_L');
    expect(toleranceRegionOf('vastus_lateralis_R')).toBe('thigh_R');
    expect(toleranceRegionOf('quadratus_lumborum_L')).toBe('lower_back');
    expect(toleranceRegionOf('superficial_fascia_M')).toBeNull();
    expect(toleranceRegionOf('sacrum_M')).toBeNull();
  });

  it('uses the region’s own tolerance, else the default', () => {
    const who = client({ toleranceByRegion: [{ region: 'shoulder_L', level: moderate }] });
    expect(toleranceFor(who, 'shoulder_L')?.level).toBe(moderate);
    expect(toleranceFor(who, 'shoulder_R')?.regionId).toBeNull();
    expect(toleranceFor(client({ toleranceDefault: null }), 'neck')).toBeNull();
  });
});

describe('pressure against tolerance', () => {
  it('compares values on the same scale and bands across scales', () => {
    expect(exceedsTolerance({ scale: 'comfort', value: 7 }, { scale: 'comfort', value: 6 })).toBe(true);
    expect(exceedsTolerance({ scale: 'comfort', value: 6 }, { scale: 'comfort', value: 6 })).toBe(false);
    expect(exceedsTolerance({ scale: 'algometer', value: 2.5 }, { scale: 'algometer', value: 2 })).toBe(true);
    expect(exceedsTolerance({ scale: 'ordinal', value: 'firm' }, moderate)).toBe(true);
    expect(exceedsTolerance({ scale: 'comfort', value: 8 }, moderate)).toBe(true);
    expect(exceedsTolerance({ scale: 'comfort', value: 4 }, moderate)).toBe(false);
    expect(pressureBand({ scale: 'algometer', value: 4 })).toBe('firm');
  });

  it('flags a zone above the tolerance of its region, naming the region and the level', () => {
    const who = client({ toleranceByRegion: [{ region: 'shoulder_L', level: moderate }] });
    const firm = zoneOn('trapezius_upper_L', { pressure: { scale: 'ordinal', value: 'firm' } });
    const [flag] = flagsOf(firm, who);
    expect(flag).toMatchObject({ kind: 'tolerance', zoneId: 'z1', key: 'z1|tolerance|shoulder_L' });
    expect(flag!.reason).toBe(
      "firm is above the client’s tolerance for Shoulder (client's left): moderate, measured 2026-02-01",
    );
    // The other shoulder falls back to the default (firm): not above it.
    expect(flagsOf(zoneOn('trapezius_upper_R', { pressure: firm.pressure }), who)).toEqual([]);
  });

  it('flags each region a painted zone lies over once', () => {
    const who = client({ toleranceDefault: moderate });
    const zone = zoneOn('trapezius_upper_L', {
      pressure: { scale: 'ordinal', value: 'deep' },
      target: {
        kind: 'region',
        region: spot([0, 100, -12]),
        footprint: ['latissimus_dorsi_L', 'trapezius_lower_L', 'superficial_fascia_M'],
      },
    });
    expect(flagsOf(zone, who).map((flag) => flag.key)).toEqual(['z1|tolerance|default']);
  });
});

describe('caution zones and endangerment sites', () => {
  const caution = (region = spot([0, 120, -12], 4), footprint: string[] = []) => ({
    id: 'c1',
    body: {
      kind: 'caution' as const,
      region,
      footprint,
      source: 'intake' as const,
      reason: 'Bruise',
      note: '',
    },
  });

  it('flags a painted zone that reaches a caution zone, and not one clear of it', () => {
    const near = zoneOn('x', { target: { kind: 'region', region: spot([6, 120, -12], 3), footprint: [] } });
    const far = zoneOn('x', { target: { kind: 'region', region: spot([20, 120, -12], 3), footprint: [] } });
    const flags = planFlags({
      zones: [
        { id: 'near', body: near },
        { id: 'far', body: far },
      ],
      cautions: [caution()],
      client: client(),
    });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ zoneId: 'near', kind: 'caution' });
    expect(flags[0]!.reason).toBe('Overlaps a caution zone (from the intake): Bruise');
  });

  it('flags a structure zone under a caution zone’s footprint', () => {
    const flags = flagsOf(zoneOn('biceps_brachii_L'), client(), [
      caution(spot([0, 0, 0]), ['biceps_brachii_L']),
    ] as never);
    expect(flags.map((flag) => flag.kind)).toEqual(['caution']);
  });

  it('flags a zone painted over an endangerment site, with the site’s reason', () => {
    const popliteal = zoneOn('x', {
      target: { kind: 'region', region: spot([10.2, 45, -7], 2), footprint: [] },
    });
    const [flag] = flagsOf(popliteal, client());
    expect(flag).toMatchObject({ kind: 'endangerment', key: 'z1|endangerment|es_popliteal_fossa_L' });
    expect(flag!.reason).toContain('Popliteal fossa');
    expect(flagsOf(zoneOn('sternocleidomastoid_R'), client()).map((f) => f.key)).toEqual([
      'z1|endangerment|es_anterior_neck_R',
    ]);
  });
});

describe('contraindication rules', () => {
  const withCodes = (...codes: SafetyClient['contraindications'][number]['code'][]) =>
    client({ contraindications: codes.map((code) => ({ code })) });
  const reasons = (zone: ReturnType<typeof zoneOn>, who: SafetyClient) =>
    flagsOf(zone, who).map((flag) => flag.reason);

  it('flags every zone for an absolute contraindication, typed or from the list', () => {
    expect(reasons(zoneOn('trapezius_upper_L'), withCodes('malignancy'))).toEqual([
      'Malignancy is an absolute contraindication: no myofascial release without the physician’s clearance',
    ]);
    const typed = client({ otherContraindications: [{ name: 'Marfan syndrome', absolute: true }] });
    expect(reasons(zoneOn('trapezius_upper_L'), typed)[0]).toMatch(/^Marfan syndrome is an absolute/);
    const relative = client({ otherContraindications: [{ name: 'Tattoo', absolute: false }] });
    expect(reasons(zoneOn('trapezius_upper_L'), relative)).toEqual([]);
  });

  it('flags firm or deep pressure under anticoagulants or osteoporosis, not light', () => {
    const firm = zoneOn('trapezius_upper_L', { pressure: { scale: 'comfort', value: 6 } });
    const light = zoneOn('trapezius_upper_L', { pressure: { scale: 'ordinal', value: 'light' } });
    const who = withCodes('anticoagulant-therapy', 'osteoporosis');
    expect(reasons(firm, who)).toEqual([
      'Anticoagulant therapy: firm or deep pressure risks bruising and bleeding',
      'Osteoporosis: firm or deep pressure risks a fracture',
    ]);
    expect(reasons(light, who)).toEqual([]);
  });

  it('flags skin rolling under skin hypersensitivity, not sustained pressure', () => {
    const who = withCodes('skin-hypersensitivity');
    expect(reasons(zoneOn('trapezius_upper_L', { techniqueId: 'skin-rolling' }), who)).toEqual([
      'Skin hypersensitivity: this technique drags or lifts the skin',
    ]);
    expect(reasons(zoneOn('trapezius_upper_L'), who)).toEqual([]);
  });

  it('flags work on the legs, and leg pulls, under deep vein thrombosis', () => {
    const who = withCodes('deep-vein-thrombosis');
    expect(reasons(zoneOn('gastrocnemius_medial_R'), who)).toHaveLength(1);
    expect(reasons(zoneOn('trapezius_upper_L', { techniqueId: 'leg-pull' }), who)).toHaveLength(1);
    expect(reasons(zoneOn('trapezius_upper_L'), who)).toEqual([]);
  });
});
