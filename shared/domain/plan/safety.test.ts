import { describe, expect, it } from 'vitest';
import { endangermentSites } from '../../anatomy';
import type { PressureLevel } from '../pressure';
import { exceedsTolerance, pressureBand } from './planned-pressure';
import { endangermentNear, planFlags, type SafetyClient } from './safety';
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
    const flags = flagsOf(zoneOn('deltoid_anterior_L'), client(), [
      caution(spot([0, 0, 0]), ['deltoid_anterior_L']),
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

  it('warns of the endangerment site a trigger point or an adhesion is placed on, and of none elsewhere', () => {
    const neck = endangermentSites().find((site) => site.id === 'es_anterior_neck_R')!;
    const [reason, ...others] = endangermentNear([neck.point[0] + 1, neck.point[1], neck.point[2]]);
    expect(others).toEqual([]);
    expect(reason).toMatch(/^Endangerment site, .*No deep sustained pressure\.$/);
    expect(endangermentNear([12.6, 95, -12])).toEqual([]);
  });

  it('flags a structure zone on a structure lying at an endangerment site, not only the site’s own', () => {
    const keys = (structureId: string) => flagsOf(zoneOn(structureId), client()).map((f) => f.key);
    // The investing layer of the deep cervical fascia covers the anterior triangle of the neck.
    expect(keys('cervical_fascia_L')).toEqual(['z1|endangerment|es_anterior_neck_L']);
    // The gastrocnemius heads border the popliteal fossa.
    expect(keys('gastrocnemius_medial_R')).toEqual(['z1|endangerment|es_popliteal_fossa_R']);
    // The back of the neck is clear of the anterior neck, and the whole skin names no one site.
    expect(keys('semispinalis_capitis_L')).toEqual([]);
    expect(keys('superficial_fascia_M')).toEqual([]);
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
    expect(reasons(zoneOn('soleus_R'), who)).toHaveLength(1);
    expect(reasons(zoneOn('trapezius_upper_L', { techniqueId: 'leg-pull' }), who)).toHaveLength(1);
    expect(reasons(zoneOn('trapezius_upper_L'), who)).toEqual([]);
  });
});

describe('places on the body', () => {
  const surgeryOn = (...regions: string[]) =>
    client({ contraindications: [{ code: 'recent-surgery', regions, note: 'Laparoscopic scar, RUQ' }] });
  const plan = (who: SafetyClient, cautions: Parameters<typeof planFlags>[0]['cautions'] = []) =>
    planFlags({
      zones: [
        { id: 'belly', body: zoneOn('rectus_abdominis_R') },
        {
          id: 'belly-wide',
          body: zoneOn('x', {
            target: {
              kind: 'region',
              region: spot([-6, 110, 10]),
              footprint: ['rectus_abdominis_R', 'external_oblique_R', 'superficial_fascia_M'],
            },
          }),
        },
        { id: 'back', body: zoneOn('quadratus_lumborum_L') },
      ],
      cautions,
      client: who,
    });

  it('raises one recent-surgery flag on the zones over the scar and none away from it', () => {
    const flags = plan(surgeryOn('abdomen'));
    expect(flags.map((flag) => flag.key)).toEqual([
      'belly|contraindication|recent-surgery',
      'belly-wide|contraindication|recent-surgery',
    ]);
    expect(flags[0]!.reason).toBe(
      'Recent surgery: check the zone is well clear of it, and mark the area as a caution zone; it lies over Abdomen (Laparoscopic scar, RUQ)',
    );
  });

  it('flags every zone while the intake gives no place, and says to give one', () => {
    const flags = plan(surgeryOn());
    expect(flags.map((flag) => flag.zoneId)).toEqual(['belly', 'belly-wide', 'back']);
    expect(flags[0]!.reason).toMatch(/gives no place for it, so every zone is flagged: pick its regions/);
  });

  it('raises no flag for a scar covered by a no-touch zone', () => {
    const scar = {
      id: 'scar',
      body: {
        kind: 'caution' as const,
        region: spot([-8, 112, 11], 2),
        footprint: ['external_oblique_R', 'superficial_fascia_M'],
        source: 'intake' as const,
        reason: 'Scar',
        note: '',
      },
    };
    const flags = plan(surgeryOn('abdomen'), [scar]);
    expect(flags.filter((flag) => flag.kind === 'contraindication')).toEqual([]);
  });

  it('flags an area to avoid only on the zones over it', () => {
    const who = client({ areasToAvoid: [{ regions: ['lower_back'], note: 'Disc surgery 2019' }] });
    const flags = plan(who);
    expect(flags).toEqual([
      {
        key: 'back|avoid|0',
        zoneId: 'back',
        kind: 'caution',
        reason: 'Over an area the client asked to avoid: Lower back (Disc surgery 2019)',
      },
    ]);
    expect(plan(client({ areasToAvoid: [{ regions: [], note: 'Shins' }] }))).toEqual([]);
  });

  it('gives one flag per rule and zone, however many structures or sides it touches', () => {
    const who = client({
      toleranceDefault: { scale: 'ordinal', value: 'light', measuredOn: measured },
      toleranceByRegion: [{ region: 'shoulder_L', level: moderate }],
      contraindications: [{ code: 'recent-surgery', regions: ['upper_back', 'shoulder_L'] }],
    });
    const wide = zoneOn('x', {
      pressure: { scale: 'ordinal', value: 'firm' },
      target: {
        kind: 'region',
        region: spot([8, 130, -12], 8),
        footprint: ['trapezius_upper_L', 'latissimus_dorsi_L', 'latissimus_dorsi_R', 'superficial_fascia_M'],
      },
    });
    const flags = flagsOf(wide, who);
    expect(flags.map((flag) => flag.key)).toEqual([
      'z1|tolerance|shoulder_L+default',
      'z1|contraindication|recent-surgery',
    ]);
    expect(flags[0]!.reason).toBe(
      "firm is above the client’s tolerance for Shoulder (client's left): moderate, measured 2026-02-01; and (default, over Upper back): light, measured 2026-02-01",
    );
  });

  it('gives one endangerment flag for a zone across both sides of a site', () => {
    const acrossTheThroat = zoneOn('x', {
      target: { kind: 'region', region: spot([0, 148, 3.4], 4), footprint: [] },
    });
    const flags = flagsOf(acrossTheThroat, client());
    expect(flags.map((flag) => flag.key)).toEqual(['z1|endangerment|es_anterior_neck_L+es_anterior_neck_R']);
    expect(flags[0]!.reason).toMatch(/^Endangerment site, Anterior neck \(both sides\): Anterior triangle/);
  });
});

describe('region tolerances', () => {
  it('holds a low-back zone to the low back’s own tolerance, not the default, through the fascia under it', () => {
    const who = client({
      toleranceDefault: { scale: 'ordinal', value: 'light', measuredOn: measured },
      toleranceByRegion: [{ region: 'lower_back', level: moderate }],
    });
    const lowBack = zoneOn('x', {
      target: {
        kind: 'region',
        region: spot([4, 100, -11]),
        footprint: ['quadratus_lumborum_L', 'thoracolumbar_fascia_L', 'sacrum_M', 'superficial_fascia_M'],
      },
    });
    expect(flagsOf(lowBack, who)).toEqual([]);
    expect(flagsOf(zoneOn('superficial_fascia_M'), who).map((flag) => flag.key)).toEqual([
      'z1|tolerance|default',
    ]);
  });
});
