import { describe, expect, it } from 'vitest';
import { ATLAS_VERSION } from '../../anatomy';
import { SurfaceAnchor, anchoredMuscle } from './anchor';
import { FindingBody } from './findings';
import {
  contradictedTenderPoints,
  describeContradictions,
  describeTenderPointCount,
  tenderPointCount,
} from './tender-points';
import { spot, trapeziusAnchor } from './test-fixtures';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('surface anchor', () => {
  it('accepts a structure of the atlas on its own layer', () => {
    expect(SurfaceAnchor.safeParse(trapeziusAnchor()).success).toBe(true);
  });

  it('refuses an unknown structure, a wrong layer, a newer atlas and a normal that is not unit', () => {
    expect(messages(SurfaceAnchor.safeParse(trapeziusAnchor({ structureId: 'tail_M' })))).toContain(
      'Not a structure of the body atlas',
    );
    expect(messages(SurfaceAnchor.safeParse(trapeziusAnchor({ layer: 'deep_muscle' })))).toContain(
      'The layer must be the structure’s own',
    );
    expect(SurfaceAnchor.safeParse(trapeziusAnchor({ atlasVersion: ATLAS_VERSION + 1 })).success).toBe(false);
    expect(SurfaceAnchor.safeParse(trapeziusAnchor({ normal: [0, 2, 0] })).success).toBe(false);
  });

  it('names the muscle beneath a fascia anchor, which must be a muscle', () => {
    const onFascia = trapeziusAnchor({
      structureId: 'superficial_fascia_M',
      layer: 'superficial_fascia',
      muscleBeneathId: 'trapezius_upper_L',
    });
    const parsed = SurfaceAnchor.parse(onFascia);
    expect(anchoredMuscle(parsed)).toBe('trapezius_upper_L');
    expect(SurfaceAnchor.safeParse({ ...onFascia, muscleBeneathId: 'scapula_L' }).success).toBe(false);
  });
});

describe('finding types', () => {
  it('places a trigger point only in a muscle', () => {
    const tp = {
      kind: 'trigger_point',
      anchor: trapeziusAnchor(),
      state: 'active',
      referral: spot([6, 160, -8]),
    };
    expect(FindingBody.safeParse(tp).success).toBe(true);
    const onBone = {
      ...tp,
      anchor: trapeziusAnchor({ structureId: 'scapula_L', layer: 'skeleton' }),
    };
    expect(messages(FindingBody.safeParse(onBone))).toContain(
      'A trigger point lies in a muscle: place it on a muscle, or on fascia over one',
    );
  });

  it('keeps an adhesion’s restriction along the surface', () => {
    const adhesion = {
      kind: 'adhesion',
      anchor: trapeziusAnchor(),
      depth: 'deep_fascia',
      severity: 'moderate',
      direction: [1, 0, 0],
    };
    expect(FindingBody.safeParse(adhesion).success).toBe(true);
    expect(messages(FindingBody.safeParse({ ...adhesion, direction: [0, 0.6, -0.8] }))).toContain(
      'The restriction’s direction must lie along the surface',
    );
  });

  it('bounds a pain area’s intensity to 0-10 and needs a quality', () => {
    const pain = { kind: 'pain_area', region: spot([0, 120, -10]), intensity: 6, quality: 'burning' };
    expect(FindingBody.safeParse(pain).success).toBe(true);
    expect(FindingBody.safeParse({ ...pain, intensity: 11 }).success).toBe(false);
    expect(FindingBody.safeParse({ ...pain, quality: 'purple' }).success).toBe(false);
  });

  it('keeps tender points to the 18 ACR sites', () => {
    expect(FindingBody.safeParse({ kind: 'tender_point', siteId: 'tp_knee_R', painful: true }).success).toBe(
      true,
    );
    expect(
      FindingBody.safeParse({ kind: 'tender_point', siteId: 'es_axilla_L', painful: true }).success,
    ).toBe(false);
  });
});

describe('tender-point count', () => {
  it('counts painful sites of 18, the last result per site winning', () => {
    const results = [
      { kind: 'tender_point' as const, siteId: 'tp_knee_L', painful: true, algometerKgCm2: null, note: '' },
      { kind: 'tender_point' as const, siteId: 'tp_knee_R', painful: true, algometerKgCm2: 2.1, note: '' },
      { kind: 'tender_point' as const, siteId: 'tp_knee_L', painful: false, algometerKgCm2: null, note: '' },
    ];
    const count = tenderPointCount(results);
    expect(count).toEqual({ painful: 1, tested: 2, of: 18 });
    expect(describeTenderPointCount(count)).toBe('1/18 painful (16 not tested)');
  });
});

describe('tender points their algometer reading contradicts', () => {
  const result = (siteId: string, painful: boolean, algometerKgCm2: number | null) => ({
    kind: 'tender_point' as const,
    siteId,
    painful,
    algometerKgCm2,
    note: '',
  });

  it('flags painful at 4 kg/cm² or more, and not painful below 4; agrees otherwise', () => {
    const results = [
      result('tp_knee_L', true, 6),
      result('tp_knee_R', false, 3.5),
      result('tp_gluteal_L', true, 4),
      result('tp_gluteal_R', false, 4),
      result('tp_occiput_L', true, 3.9),
      result('tp_occiput_R', true, null),
    ];
    expect(contradictedTenderPoints(results)).toEqual([
      { siteId: 'tp_knee_L', painful: true, algometerKgCm2: 6 },
      { siteId: 'tp_knee_R', painful: false, algometerKgCm2: 3.5 },
      { siteId: 'tp_gluteal_L', painful: true, algometerKgCm2: 4 },
    ]);
    // The count itself is the therapist's record and stays as marked.
    expect(tenderPointCount(results).painful).toBe(4);
  });

  it('names each site and side for the therapist, and says nothing when all agree', () => {
    expect(describeContradictions(contradictedTenderPoints([result('tp_knee_L', true, 6)]))).toBe(
      "Check 1 result against the algometer reading: Knee (client's left) marked painful, but pain began at 6 kg/cm² (at or above 4)",
    );
    expect(describeContradictions(contradictedTenderPoints([result('tp_knee_L', true, 2)]))).toBeNull();
  });

  it('judges a site by its last result', () => {
    expect(contradictedTenderPoints([result('tp_knee_L', true, 6), result('tp_knee_L', false, 6)])).toEqual(
      [],
    );
  });
});
