import { describe, expect, it } from 'vitest';
import { bandOf } from './bands';
import { SEVERITY_BANDS, fibromyalgiaMeasures, meetsSeverityThreshold2016 } from './fibromyalgia-criteria';
import { symptomSeverityScore } from './symptom-severity';
import {
  WPI_AREAS,
  WPI_AREA_FACTS,
  generalizedPain,
  widespreadPainIndex,
  type WpiArea,
} from './widespread-pain';

describe('Widespread Pain Index', () => {
  it('has 19 areas, the paired ones labelled with the client’s side', () => {
    expect(WPI_AREAS).toHaveLength(19);
    expect(WPI_AREA_FACTS.jaw_L.label).toBe("Jaw (client's left)");
    expect(WPI_AREA_FACTS.lower_leg_R.label).toBe("Lower leg (client's right)");
    expect(WPI_AREA_FACTS.upper_back.label).toBe('Upper back');
  });

  it('counts each painful area once, 0 to 19', () => {
    expect(widespreadPainIndex([])).toBe(0);
    expect(widespreadPainIndex(['neck', 'neck', 'hip_L'])).toBe(2);
    expect(widespreadPainIndex(WPI_AREAS)).toBe(19);
  });
});

describe('the 2016 generalized-pain rule', () => {
  it('needs pain in at least 4 of the 5 regions', () => {
    const fourRegions: WpiArea[] = ['shoulder_girdle_L', 'upper_arm_R', 'hip_L', 'neck'];
    expect(generalizedPain(fourRegions)).toEqual({
      regions: ['left_upper', 'right_upper', 'left_lower', 'axial'],
      present: true,
    });
    expect(generalizedPain(fourRegions.slice(0, 3)).present).toBe(false);
  });

  it('does not count jaw, chest or abdomen toward a region', () => {
    const withExcluded: WpiArea[] = ['jaw_L', 'jaw_R', 'chest', 'abdomen', 'hip_L', 'hip_R'];
    expect(generalizedPain(withExcluded)).toEqual({ regions: ['left_lower', 'right_lower'], present: false });
    // The same client with pain in the neck and a shoulder now has four regions.
    expect(generalizedPain([...withExcluded, 'neck', 'shoulder_girdle_R']).present).toBe(true);
  });
});

describe('Symptom Severity Scale', () => {
  it('adds the three 0-3 ratings and one point per six-month symptom, 0 to 12', () => {
    const none = {
      fatigue: 0,
      wakingUnrefreshed: 0,
      cognitiveSymptoms: 0,
      headaches: false,
      lowerAbdominalPain: false,
      depression: false,
    };
    expect(symptomSeverityScore(none)).toBe(0);
    expect(symptomSeverityScore({ ...none, fatigue: 3, wakingUnrefreshed: 2, headaches: true })).toBe(6);
    expect(
      symptomSeverityScore({
        fatigue: 3,
        wakingUnrefreshed: 3,
        cognitiveSymptoms: 3,
        headaches: true,
        lowerAbdominalPain: true,
        depression: true,
      }),
    ).toBe(12);
  });
});

describe('the 2016 severity threshold', () => {
  it.each([
    [7, 5, true],
    [7, 4, false],
    [6, 5, false],
    [19, 12, true],
    [6, 9, true],
    [4, 9, true],
    [4, 8, false],
    [3, 12, false],
  ])('WPI %i with SSS %i: %s', (wpi, sss, met) => {
    expect(meetsSeverityThreshold2016(wpi, sss)).toBe(met);
  });
});

describe('WPI + SSS severity bands (Wolfe 2015)', () => {
  it.each([
    [0, 'none'],
    [3, 'none'],
    [4, 'mild'],
    [7, 'mild'],
    [8, 'moderate'],
    [11, 'moderate'],
    [12, 'severe'],
    [19, 'severe'],
    [20, 'very_severe'],
    [31, 'very_severe'],
  ])('reads %i as %s, at each edge of the published categories', (value, id) => {
    expect(bandOf(value, SEVERITY_BANDS).id).toBe(id);
  });
});

describe('fibromyalgiaMeasures', () => {
  it('puts WPI, SSS, their sum and band and both 2016 rules together', () => {
    const areas: WpiArea[] = [
      'shoulder_girdle_L',
      'shoulder_girdle_R',
      'hip_L',
      'hip_R',
      'neck',
      'lower_back',
      'jaw_L',
    ];
    expect(fibromyalgiaMeasures(areas, 6)).toMatchObject({
      wpi: 7,
      sss: 6,
      severity: 13,
      severityBand: { id: 'severe', label: 'Severe (12–19)' },
      thresholdMet: true,
      generalizedPain: { present: true },
      criteriaMet: true,
    });
  });

  it('meets the threshold but not the generalized-pain rule when pain is in one half of the body', () => {
    const leftOnly: WpiArea[] = [
      'jaw_L',
      'shoulder_girdle_L',
      'upper_arm_L',
      'lower_arm_L',
      'hip_L',
      'upper_leg_L',
      'lower_leg_L',
    ];
    const measures = fibromyalgiaMeasures(leftOnly, 8);
    expect(measures.thresholdMet).toBe(true);
    expect(measures.generalizedPain.regions).toEqual(['left_upper', 'left_lower']);
    expect(measures.criteriaMet).toBe(false);
  });
});
