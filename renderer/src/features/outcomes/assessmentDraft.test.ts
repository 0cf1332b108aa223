import { describe, expect, it } from 'vitest';
import { draftToInput, emptyDraft } from './assessmentDraft';

const TARGET = { clientId: 'client', courseId: 'course', coursePosition: 0 };

describe('draftToInput', () => {
  it('sends untouched measures as not taken, never as zeros', () => {
    expect(draftToInput(emptyDraft({ today: '2026-03-02' }), TARGET)).toEqual({
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
    const draft = emptyDraft({ today: '2026-03-02' });
    draft.fiqr[0] = '4';
    draft.pain.worst = '8';
    const input = draftToInput(draft, TARGET);
    expect(input.fiqr?.slice(0, 2)).toEqual([4, null]);
    expect(input.pain).toEqual({ current: null, worst: 8, least: null });
  });

  it('starts the WPI from the pain map’s areas, taken together with the SSS', () => {
    const draft = emptyDraft({ today: '2026-03-02', painMapAreas: ['neck', 'hip_L'] });
    expect(draft.includeWpiSss).toBe(true);
    expect(draftToInput(draft, TARGET)).toMatchObject({
      wpiAreas: ['neck', 'hip_L'],
      sss: { fatigue: 0, wakingUnrefreshed: 0, cognitiveSymptoms: 0, headaches: false },
    });
  });
});
