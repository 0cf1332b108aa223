import { describe, expect, it } from 'vitest';
import { scheduleAssessments, type AssessmentPoint } from '../course';
import { scoresOf, type AssessmentEntries } from './assessment';
import { courseTrends, fromBaseline, placeOnCourse, type HeldSession, type TrendAssessment } from './trends';

const POINTS: AssessmentPoint[] = [
  { label: 'Baseline', anchor: 'start', months: 0 },
  { label: 'After the last session', anchor: 'lastSession', months: 0 },
  { label: '1-month follow-up', anchor: 'lastSession', months: 1 },
  { label: '6-month follow-up', anchor: 'lastSession', months: 6 },
];
const PLAN = { startDate: '2026-01-05', sessionCount: 4, intervalDays: 7 };
const COURSE = { ...PLAN, assessments: scheduleAssessments(PLAN, POINTS) };
// Four 90-minute sessions, the last one cut short to 60.
const SESSIONS: HeldSession[] = [
  { id: 's1', date: '2026-01-05', minutes: 90, painBefore: 7, painAfter: 5 },
  { id: 's2', date: '2026-01-12', minutes: 90, painBefore: null, painAfter: null },
  { id: 's3', date: '2026-01-19', minutes: 90, painBefore: 6, painAfter: 4 },
  { id: 's4', date: '2026-01-26', minutes: 60, painBefore: 5, painAfter: 3 },
];

const EMPTY: AssessmentEntries = {
  fiqr: null,
  pain: null,
  sleepQuality: null,
  psqi: null,
  wpiAreas: null,
  sss: null,
  tenderPoints: null,
  otherInstruments: [],
};

function assessment(
  id: string,
  takenOn: string,
  position: number,
  entries: Partial<AssessmentEntries>,
): TrendAssessment {
  return { id, takenOn, coursePosition: position, measures: scoresOf({ ...EMPTY, ...entries }) };
}

describe('placeOnCourse', () => {
  it('puts the baseline before the first session and later assessments after same-day sessions', () => {
    expect(placeOnCourse('2026-01-05', SESSIONS, true)).toEqual({ sessions: 0, minutes: 0 });
    expect(placeOnCourse('2026-01-19', SESSIONS, false)).toEqual({ sessions: 3, minutes: 270 });
    expect(placeOnCourse('2026-03-01', SESSIONS, false)).toEqual({ sessions: 4, minutes: 330 });
  });
});

describe('scoresOf', () => {
  it('scores each measure taken, and WPI + SSS only when both were', () => {
    const sss = {
      fatigue: 2,
      wakingUnrefreshed: 2,
      cognitiveSymptoms: 1,
      headaches: true,
      lowerAbdominalPain: false,
      depression: false,
    };
    const kinds = (entries: Partial<AssessmentEntries>) =>
      scoresOf({ ...EMPTY, ...entries }).map((m) => [m.kind, m.score]);
    expect(kinds({ wpiAreas: ['neck', 'hip_L'], sss })).toEqual([
      ['wpi', 2],
      ['sss', 6],
      ['fibromyalgia_severity', 8],
    ]);
    expect(kinds({ sss })).toEqual([['sss', 6]]);
    expect(kinds({ pain: { current: 4, worst: null, least: 2 }, psqi: 9 })).toEqual([
      ['pain_current', 4],
      ['pain_least', 2],
      ['psqi', 9],
    ]);
  });
});

describe('courseTrends', () => {
  // Pain 7 at baseline, 3 at the end, 4 at 1 month, 6 at 6 months; sleep 8, 4, 4, 4.
  const assessments = [
    assessment('a4', '2026-07-27', 3, { pain: { current: 6, worst: null, least: null }, sleepQuality: 4 }),
    assessment('a1', '2026-01-05', 0, { pain: { current: 7, worst: null, least: null }, sleepQuality: 8 }),
    assessment('a2', '2026-01-26', 1, { pain: { current: 3, worst: null, least: null }, sleepQuality: 4 }),
    assessment('a3', '2026-02-26', 2, { pain: { current: 4, worst: null, least: null }, sleepQuality: 4 }),
  ];
  const trends = courseTrends(COURSE, SESSIONS, assessments, null);
  const pain = trends.find((trend) => trend.key === 'pain_current')!;

  it('orders points by date, labelled by their scheduled point and placed on the course', () => {
    expect(pain.points.map((p) => [p.label, p.phase, p.sessions, p.minutes, p.value])).toEqual([
      ['Baseline', 'course', 0, 0, 7],
      ['After the last session', 'course', 4, 330, 3],
      ['1-month follow-up', 'follow_up', 4, 330, 4],
      ['6-month follow-up', 'follow_up', 4, 330, 6],
    ]);
  });

  it('marks the first point whose change since baseline reaches 2 points (30% of 7 is 2.1)', () => {
    expect(pain.threshold).toBe(2);
    expect(pain.firstMeaningful).toMatchObject({ label: 'After the last session', change: 'improved' });
    expect(pain.points.map((p) => p.change)).toEqual([
      'within_threshold',
      'improved',
      'improved',
      'within_threshold',
    ]);
  });

  it('flags pain as tapered at 6 months (3 of 4 points lost) but not sleep, which held', () => {
    expect(pain.taper).toMatchObject({ improvement: 4, lost: 3, followUpLabel: '6-month follow-up' });
    expect(trends.find((trend) => trend.key === 'sleep_quality')!.taper).toBeNull();
  });

  it('follows the pain noted before and after each session, skipping sessions where it was not asked', () => {
    const before = trends.find((trend) => trend.key === 'session_pain_before')!;
    const after = trends.find((trend) => trend.key === 'session_pain_after')!;
    expect(before.points.map((p) => [p.label, p.sessions, p.minutes, p.value])).toEqual([
      ['Session 1', 0, 0, 7],
      ['Session 3', 2, 180, 6],
      ['Session 4', 3, 270, 5],
    ]);
    expect(after.points.map((p) => [p.label, p.sessions, p.minutes, p.value])).toEqual([
      ['Session 1', 1, 90, 5],
      ['Session 3', 3, 270, 4],
      ['Session 4', 4, 330, 3],
    ]);
    expect(after.firstMeaningful).toMatchObject({ label: 'Session 4', change: 'improved' });
    expect(before.taper).toBeNull();
  });

  it('shades the bands of the measure up to its maximum', () => {
    expect(pain.bands.map((band) => [band.label, band.from, band.to])).toEqual([
      ['None', 0, 1],
      ['Mild', 1, 4],
      ['Moderate', 4, 7],
      ['Severe', 7, 10],
    ]);
  });

  it('measures from the baseline the therapist named, leaving out what came before it', () => {
    const pain = (id: string, takenOn: string, current: number) =>
      assessment(id, takenOn, 0, { pain: { current, worst: null, least: null } });
    // A wrong extra assessment on 2026-01-02 (pain 3) came before the real baseline (pain 7).
    const recorded = [
      pain('wrong', '2026-01-02', 3),
      pain('real', '2026-01-05', 7),
      pain('end', '2026-01-26', 4),
    ];
    const first = courseTrends(COURSE, SESSIONS, recorded, null).find((t) => t.key === 'pain_current')!;
    expect(first.points.map((p) => [p.recordId, p.change])).toEqual([
      ['wrong', 'within_threshold'],
      ['real', 'worsened'],
      ['end', 'worsened'],
    ]);
    const named = courseTrends(COURSE, SESSIONS, recorded, 'real').find((t) => t.key === 'pain_current')!;
    expect(named.points.map((p) => [p.recordId, p.sessions, p.change])).toEqual([
      ['real', 0, 'within_threshold'],
      ['end', 4, 'improved'],
    ]);
    expect(fromBaseline(recorded, 'gone').map((a) => a.id)).toEqual(['wrong', 'real', 'end']);
  });

  it('keeps each other instrument as its own series, with the direction recorded', () => {
    const qol = (id: string, takenOn: string, position: number, score: number) =>
      assessment(id, takenOn, position, {
        otherInstruments: [{ instrument: 'SF-36 PCS', score, higherIsBetter: true }],
      });
    const [trend] = courseTrends(
      COURSE,
      SESSIONS,
      [qol('q1', '2026-01-05', 0, 30), qol('q2', '2026-01-26', 1, 50), qol('q3', '2026-07-27', 3, 38)],
      null,
    );
    expect(trend).toMatchObject({
      key: 'other:sf-36 pcs',
      label: 'SF-36 PCS',
      lowerIsBetter: false,
      threshold: null,
      max: 50,
    });
    expect(trend!.taper).toMatchObject({ improvement: 20, lost: 12 });
  });
});
