import type { ScheduledAssessment } from '../course';
import { bandSpans, type BandSpan } from './bands';
import { findTaper, judgeChange, meaningfulChangeFrom, type ChangeVerdict, type Taper } from './change';
import { MEASURES, type MeasureKind, type MeaningfulChange } from './measures';
import type { Measure } from './assessment';
import { assessmentPhase, type AssessmentPhase } from './schedule';

/** What the trends need of a course: its plan and its scheduled assessments. */
export interface TrendCourse {
  startDate: string;
  sessionCount: number | null;
  intervalDays: number;
  assessments: readonly ScheduledAssessment[];
}

/** A session of the course that took place: how long it lasted, and the pain NRS noted before and after. */
export interface HeldSession {
  id: string;
  date: string;
  minutes: number;
  painBefore: number | null;
  painAfter: number | null;
}

export interface TrendAssessment {
  id: string;
  takenOn: string;
  coursePosition: number | null;
  measures: readonly Measure[];
}

/** Where an assessment sits on the course: after how many sessions, and how many minutes of treatment. */
export interface CoursePlace {
  sessions: number;
  minutes: number;
}

export interface TrendPoint extends CoursePlace {
  /** The assessment the value comes from, or the session for the pain noted at each session. */
  recordId: string;
  takenOn: string;
  label: string;
  phase: AssessmentPhase;
  value: number;
  /** Change since the baseline against the measure's meaningful threshold. */
  change: ChangeVerdict;
}

export interface MeasureTrend {
  /** The measure kind, or `other:<instrument>` for each other instrument. */
  key: string;
  kind: MeasureKind;
  label: string;
  unit: string;
  lowerIsBetter: boolean;
  forPhysician: boolean;
  /** The chart's value axis: the measure's range, widened to fit an other instrument's scores. */
  min: number;
  max: number;
  bands: BandSpan[];
  meaningfulChange: MeaningfulChange;
  /** The threshold in the measure's units for this baseline; null when none applies. */
  threshold: number | null;
  points: TrendPoint[];
  /** The first point whose change since baseline reaches the threshold, where the chart puts its marker. */
  firstMeaningful: TrendPoint | null;
  taper: Taper | null;
}

/**
 * Sessions held before the assessment's day count, and so do sessions on the same day, except for
 * the course's first assessment: the baseline is taken before treatment starts.
 */
export function placeOnCourse(
  takenOn: string,
  sessions: readonly HeldSession[],
  isBaseline: boolean,
): CoursePlace {
  const counted = sessions.filter(
    (session) => session.date < takenOn || (!isBaseline && session.date === takenOn),
  );
  return { sessions: counted.length, minutes: counted.reduce((sum, session) => sum + session.minutes, 0) };
}

/**
 * The assessments a course's trends read, its baseline first: the one the therapist named
 * (`baselineId`), else the first by date. The course's story starts at its baseline, so
 * assessments dated before a named baseline are left out; a wrong one recorded first no longer
 * shadows the real baseline in every chart.
 */
export function fromBaseline<A extends TrendAssessment>(
  assessments: readonly A[],
  baselineId: string | null,
): A[] {
  const ordered = [...assessments].sort((a, b) => a.takenOn.localeCompare(b.takenOn));
  const named = ordered.find((assessment) => assessment.id === baselineId);
  if (!named) return ordered;
  return [named, ...ordered.filter((other) => other !== named && other.takenOn >= named.takenOn)];
}

/** Each measure's series across the course from its baseline, with its bands, marker and taper. */
export function courseTrends(
  course: TrendCourse,
  sessions: readonly HeldSession[],
  assessments: readonly TrendAssessment[],
  baselineId: string | null,
): MeasureTrend[] {
  const ordered = fromBaseline(assessments, baselineId);
  const series: Series = new Map();
  ordered.forEach((assessment, index) => {
    const scheduled =
      assessment.coursePosition === null ? undefined : course.assessments[assessment.coursePosition];
    const place = placeOnCourse(assessment.takenOn, sessions, index === 0);
    const point = {
      recordId: assessment.id,
      takenOn: assessment.takenOn,
      label: scheduled?.label ?? assessment.takenOn,
      phase: assessmentPhase(course, scheduled?.dueDate ?? assessment.takenOn),
      ...place,
    };
    for (const measure of assessment.measures) {
      const key = measure.kind === 'other' ? `other:${measure.instrument.toLowerCase()}` : measure.kind;
      const entry = series.get(key) ?? { measure, points: [] };
      // The latest recording says which way an other instrument improves.
      entry.measure = measure;
      entry.points.push({ ...point, value: measure.score });
      series.set(key, entry);
    }
  });
  addSessionPain(series, sessions);
  return [...series].map(([key, { measure, points }]) => trendOf(key, measure, points));
}

type Series = Map<string, { measure: Measure; points: Omit<TrendPoint, 'change'>[] }>;

/**
 * The pain noted in each session's note, as two series by session: before a session only the
 * earlier sessions count as treatment, after it that session does too.
 */
function addSessionPain(series: Series, sessions: readonly HeldSession[]): void {
  let minutesBefore = 0;
  sessions.forEach((session, index) => {
    const point = {
      recordId: session.id,
      takenOn: session.date,
      label: `Session ${index + 1}`,
      phase: 'course' as const,
    };
    const readings = [
      ['session_pain_before', session.painBefore, { sessions: index, minutes: minutesBefore }],
      [
        'session_pain_after',
        session.painAfter,
        { sessions: index + 1, minutes: minutesBefore + session.minutes },
      ],
    ] as const;
    for (const [kind, value, place] of readings) {
      if (value === null) continue;
      const entry = series.get(kind) ?? {
        measure: { kind, instrument: '', score: value, lowerIsBetter: true },
        points: [],
      };
      entry.points.push({ ...point, ...place, value });
      series.set(kind, entry);
    }
    minutesBefore += session.minutes;
  });
}

function trendOf(key: string, measure: Measure, rawPoints: Omit<TrendPoint, 'change'>[]): MeasureTrend {
  const facts =
    measure.kind === 'other'
      ? {
          label: measure.instrument,
          unit: 'score',
          min: Math.min(0, ...rawPoints.map((point) => point.value)),
          max: Math.max(...rawPoints.map((point) => point.value)),
          lowerIsBetter: measure.lowerIsBetter,
          bands: [],
          meaningfulChange: { kind: 'none', source: 'Depends on the instrument; see its manual' } as const,
          forPhysician: false,
        }
      : MEASURES[measure.kind];
  const baseline = rawPoints[0]!.value;
  const points = rawPoints.map((point) => ({
    ...point,
    change: judgeChange(baseline, point.value, facts.meaningfulChange, facts.lowerIsBetter),
  }));
  const course = points.filter((point) => point.phase === 'course');
  const followUps = points.filter((point) => point.phase === 'follow_up');
  return {
    key,
    kind: measure.kind,
    label: facts.label,
    unit: facts.unit,
    lowerIsBetter: facts.lowerIsBetter,
    forPhysician: facts.forPhysician,
    min: facts.min,
    max: facts.max,
    bands: bandSpans(facts.bands, facts.max),
    meaningfulChange: facts.meaningfulChange,
    threshold: meaningfulChangeFrom(baseline, facts.meaningfulChange),
    points,
    firstMeaningful: points.find((point) => point.change !== 'within_threshold') ?? null,
    taper:
      course.length > 0
        ? findTaper({
            baseline,
            endOfCourse: course.at(-1)!.value,
            followUps: followUps.map((point) => ({ label: point.label, value: point.value })),
            lowerIsBetter: facts.lowerIsBetter,
          })
        : null,
  };
}
