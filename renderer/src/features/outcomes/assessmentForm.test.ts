import { describe, expect, it } from 'vitest';
import { assessmentInput, assessmentSchema, assessmentValues, valuesFromAssessment } from './assessmentForm';

const TARGET = {
  clientId: '00000000-0000-4000-8000-000000000001',
  courseId: '00000000-0000-4000-8000-000000000002',
  coursePosition: 0,
};

describe('the assessment form', () => {
  it('sends untouched measures as not taken, never as zeros', () => {
    expect(assessmentInput(assessmentValues({ today: '2026-03-02' }), TARGET)).toEqual({
      ...TARGET,
      takenOn: '2026-03-02',
      fiqr: null,
      pain: null,
      sleepQuality: null,
      psqi: null,
      wpiAreas: null,
      sss: null,
      tenderPoints: null,
      otherInstruments: [],
    });
  });

  it('keeps blank FIQR items and pain ratings as blanks among the answered ones', () => {
    const values = assessmentValues({ today: '2026-03-02' });
    values.fiqr[0] = '4';
    values.pain.worst = '8';
    const input = assessmentInput(values, TARGET);
    expect(input.fiqr?.slice(0, 2)).toEqual([4, null]);
    expect(input.pain).toEqual({ current: null, worst: 8, least: null });
  });

  it('starts the WPI from the pain map’s areas, taken together with the SSS', () => {
    const values = assessmentValues({ today: '2026-03-02', painMapAreas: ['neck', 'hip_L'] });
    expect(values.includeWpiSss).toBe(true);
    expect(assessmentSchema('2026-03-02', TARGET).parse(values)).toMatchObject({
      wpiAreas: ['neck', 'hip_L'],
      sss: { fatigue: 0, wakingUnrefreshed: 0, cognitiveSymptoms: 0, headaches: false },
    });
  });

  it('puts a message about the FIQR as a whole on the list, apart from its items', () => {
    const values = assessmentValues({ today: '2026-03-02' });
    values.fiqr[0] = '4';
    values.pain.current = '3';
    const read = assessmentSchema('2026-03-02', TARGET).safeParse(values);
    expect(read.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['fiqr.root']);
  });
});

describe('an assessment put back in the form to be corrected', () => {
  it('gives back, on saving unchanged, exactly what was recorded', () => {
    const recorded = {
      ...TARGET,
      id: '00000000-0000-4000-8000-000000000003',
      takenOn: '2026-03-01',
      fiqr: [4, null, ...Array<number>(19).fill(2)],
      pain: { current: 6, worst: null, least: 2 },
      sleepQuality: 7,
      psqi: null,
      wpiAreas: ['neck' as const],
      sss: {
        fatigue: 2,
        wakingUnrefreshed: 1,
        cognitiveSymptoms: 0,
        headaches: true,
        lowerAbdominalPain: false,
        depression: false,
      },
      tenderPoints: 12,
      otherInstruments: [{ instrument: 'HADS anxiety', score: 9, higherIsBetter: false }],
      measures: [],
      createdAt: '2026-03-01T10:00:00.000Z',
    };
    const { id: _id, measures: _measures, createdAt: _at, ...entered } = recorded;
    expect(assessmentInput(valuesFromAssessment(recorded), TARGET)).toEqual(entered);
  });
});
