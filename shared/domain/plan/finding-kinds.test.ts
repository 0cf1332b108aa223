import { describe, expect, it } from 'vitest';
import { anchoredStructure } from './anchor';
import { alreadyCarried, carriesForward } from './carry-forward';
import { FINDING_KIND_RULES, findingPlace, findingStructure } from './finding-kinds';
import { AdhesionFinding, FindingBody, TriggerPointFinding } from './findings';
import type { SurfaceHit } from './targets';
import { spot, trapeziusAnchor } from './test-fixtures';

const { adhesion, trigger_point, pain_area, caution, tender_point } = FINDING_KIND_RULES;

/** Fascia over the client's left upper trapezius, on the back, then the muscle. */
const fascia: SurfaceHit = {
  structureId: 'superficial_fascia_M',
  layer: 'superficial_fascia',
  point: [9.5, 146, -6.8],
  normal: [0, 0, -1],
  uv: [0.2, 0.3],
};
const trapezius: SurfaceHit = { ...fascia, structureId: 'trapezius_upper_L', layer: 'superficial_muscle' };
const scapula: SurfaceHit = { ...fascia, structureId: 'scapula_L', layer: 'skeleton' };

const parsed = (body: unknown) => FindingBody.parse(body);

describe('trigger points', () => {
  it('go in the muscle beneath the fascia, active until the therapist says latent', () => {
    const anchor = trigger_point.anchorAt([fascia, trapezius])!;
    const body = parsed(trigger_point.create(anchor));
    expect(body).toMatchObject({
      kind: 'trigger_point',
      state: 'active',
      anchor: { structureId: 'trapezius_upper_L' },
    });
    expect(findingStructure(body)).toBe('trapezius_upper_L');
  });

  it('cannot be placed where no muscle is under the click, and say why', () => {
    expect(trigger_point.anchorAt([fascia, scapula])).toBeNull();
    expect(trigger_point.misplaced).toBe('A trigger point lies in a muscle: click on a muscle');
  });

  it('keep their state and note when moved', () => {
    const body = TriggerPointFinding.parse({
      ...trigger_point.create(trigger_point.anchorAt([trapezius])!),
      state: 'latent',
      note: 'Twitch',
    });
    const moved = trigger_point.movedTo(body, trapeziusAnchor({ u: 0.9 }));
    expect(moved).toMatchObject({ state: 'latent', note: 'Twitch', anchor: { u: 0.9 } });
  });
});

describe('adhesions', () => {
  it('sit on the fascia touched, named by it over the muscle beneath, moderate and restricted superiorly', () => {
    const body = parsed(adhesion.create(adhesion.anchorAt([fascia, trapezius])!));
    expect(body).toMatchObject({
      depth: 'superficial_fascia',
      severity: 'moderate',
      direction: [0, 1, 0],
      anchor: { structureId: 'superficial_fascia_M', muscleBeneathId: 'trapezius_upper_L' },
    });
    expect(findingStructure(body)).toBe('superficial_fascia_M');
    expect(findingPlace(body)).toBe(
      "Superficial fascia (whole-body envelope), over Upper trapezius (client's left)",
    );
  });

  it('on the thoracolumbar fascia read as that fascia, over the latissimus beneath', () => {
    const onFascia = trapeziusAnchor({
      structureId: 'thoracolumbar_fascia_L',
      layer: 'deep_fascia',
      muscleBeneathId: 'latissimus_dorsi_L',
    });
    const body = parsed(adhesion.create(onFascia));
    expect(findingPlace(body)).toBe(
      "Thoracolumbar fascia (client's left), over Latissimus dorsi (client's left)",
    );
  });

  it('take their depth from the layer touched: muscle for a muscle, deep fascia on bone', () => {
    expect(adhesion.create(adhesion.anchorAt([trapezius])!).depth).toBe('muscle');
    expect(adhesion.create(adhesion.anchorAt([scapula])!).depth).toBe('deep_fascia');
  });

  it('are named by the bone when placed on bone with no muscle between', () => {
    const body = parsed(adhesion.create(adhesion.anchorAt([scapula])!));
    expect(findingStructure(body)).toBe('scapula_L');
  });

  it('keep the way they are restricted when moved to a surface facing elsewhere', () => {
    const body = AdhesionFinding.parse({
      ...adhesion.create(adhesion.anchorAt([fascia])!),
      direction: [0, -1, 0],
    });
    const onSide = adhesion.movedTo(body, trapeziusAnchor({ normal: [1, 0, 0] }));
    expect(onSide.direction).toEqual([0, -1, 0]);
  });

  it('need a surface under the click, and have nothing to say when there is none', () => {
    expect(adhesion.anchorAt([])).toBeNull();
    expect(adhesion.misplaced).toBeNull();
  });
});

describe('painted findings', () => {
  it('start a pain area at 5/10 aching, named by the structure most painted over', () => {
    const body = parsed(pain_area.create(spot([0, 100, -12]), ['multifidus_L', 'infraspinatus_L']));
    expect(body).toMatchObject({ intensity: 5, quality: 'aching' });
    expect(findingStructure(body)).toBe('multifidus_L');
  });

  it('make a painted caution zone the therapist’s own', () => {
    const body = parsed(caution.create(spot([0, 100, -12]), []));
    expect(body).toMatchObject({ source: 'therapist', reason: 'Marked by the therapist' });
    expect(findingStructure(body)).toBeNull();
  });
});

describe('tender points', () => {
  it('are recorded painful at their site, tested at about 4 kg, with the algometer’s range', () => {
    expect(parsed(tender_point.create('tp_knee_L'))).toMatchObject({ siteId: 'tp_knee_L', painful: true });
    expect(tender_point.examKgCm2).toBe(4);
    expect(tender_point.algometerKgCm2).toMatchObject({ min: 0.1, max: 15 });
  });
});

describe('carrying into the next session', () => {
  it('carries every kind but the tender-point exam', () => {
    const bodies = [
      parsed(trigger_point.create(trapeziusAnchor())),
      parsed(adhesion.create(trapeziusAnchor())),
      parsed(pain_area.create(spot([0, 100, -12]), [])),
      parsed(caution.create(spot([0, 100, -12]), [])),
      parsed(tender_point.create('tp_knee_L')),
    ];
    expect(bodies.map((body) => [body.kind, carriesForward(body)])).toEqual([
      ['trigger_point', true],
      ['adhesion', true],
      ['pain_area', true],
      ['caution', true],
      ['tender_point', false],
    ]);
  });

  it('counts a plan as carried into once any finding or zone came from the last session', () => {
    const fresh = { carriedFromId: null };
    expect(alreadyCarried({ findings: [fresh], zones: [fresh] })).toBe(false);
    expect(alreadyCarried({ findings: [fresh], zones: [{ carriedFromId: 'z1' }] })).toBe(true);
    expect(alreadyCarried({ findings: [{ carriedFromId: 'f1' }], zones: [] })).toBe(true);
  });
});

describe('the structure a point finding is in', () => {
  it('prefers the anchored muscle, then the muscle beneath, then the structure touched', () => {
    expect(anchoredStructure({ structureId: 'trapezius_upper_L', muscleBeneathId: null })).toBe(
      'trapezius_upper_L',
    );
    expect(
      anchoredStructure({ structureId: 'superficial_fascia_M', muscleBeneathId: 'infraspinatus_L' }),
    ).toBe('infraspinatus_L');
    expect(anchoredStructure({ structureId: 'superficial_fascia_M', muscleBeneathId: null })).toBe(
      'superficial_fascia_M',
    );
  });
});
