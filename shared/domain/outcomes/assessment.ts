import { z } from 'zod';
import type { FieldIssue } from '../../api/errors';
import { RecordId, Timestamp, requiredText } from '../common';
import { CalendarDate } from '../dates';
import { PainNrs } from '../session';
import { fibromyalgiaMeasures } from './fibromyalgia-criteria';
import { FIQR_DOMAINS, FIQR_ITEM_COUNT, scoreFiqr } from './fiqr';
import { MEASURE_KINDS, type MeasureKind } from './measures';
import { symptomSeverityScore } from './symptom-severity';
import { WPI_AREAS, isWpiArea, widespreadPainIndex, type WpiArea } from './widespread-pain';

const whole = (label: string, max: number) => {
  const message = `${label} is a whole number from 0 to ${max}`;
  return z.int({ message }).min(0, message).max(max, message);
};

export const FiqrAnswersInput = z
  .array(whole('Each FIQR answer', 10).nullable())
  .length(FIQR_ITEM_COUNT, { message: `A FIQR has ${FIQR_ITEM_COUNT} answers` });

/** Pain NRS over the past week; any of the three may be left unasked. */
export const PainRatingsInput = z.strictObject({
  current: PainNrs.default(null),
  worst: PainNrs.default(null),
  least: PainNrs.default(null),
});

export const SymptomSeverityInput = z.strictObject({
  fatigue: whole('Fatigue', 3),
  wakingUnrefreshed: whole('Waking unrefreshed', 3),
  cognitiveSymptoms: whole('Cognitive symptoms', 3),
  headaches: z.boolean(),
  lowerAbdominalPain: z.boolean(),
  depression: z.boolean(),
});

/** Anxiety, depression, quality of life...: the instrument's name and score, its scale unknown to the app. */
export const OtherInstrumentInput = z.strictObject({
  instrument: requiredText('Instrument', 80),
  score: z
    .number({ message: 'Score must be a number' })
    .min(-10_000, 'Score is out of range')
    .max(10_000, 'Score is out of range'),
  higherIsBetter: z.boolean().default(false),
});

/**
 * One assessment as entered: a dated set of measures for a client, usually at one of their course's
 * scheduled points. Every measure is optional; the form sends the ones the therapist took.
 */
export const AssessmentInput = z.strictObject({
  clientId: RecordId,
  courseId: RecordId.nullable().default(null),
  /** Which of the course's scheduled assessments this fulfils; null for an extra one. */
  coursePosition: z.int().min(0).max(100).nullable().default(null),
  takenOn: CalendarDate,
  fiqr: FiqrAnswersInput.nullable().default(null),
  pain: PainRatingsInput.nullable().default(null),
  sleepQuality: PainNrs.default(null),
  psqi: whole('PSQI global score', 21).nullable().default(null),
  wpiAreas: z
    .array(
      z.custom<WpiArea>((value) => typeof value === 'string' && isWpiArea(value), {
        message: 'Not one of the 19 WPI areas',
      }),
    )
    .max(WPI_AREAS.length)
    .nullable()
    .default(null),
  sss: SymptomSeverityInput.nullable().default(null),
  tenderPoints: whole('Tender-point count', 18).nullable().default(null),
  otherInstruments: z.array(OtherInstrumentInput).max(10).default([]),
});
export type AssessmentInput = z.input<typeof AssessmentInput>;
export type AssessmentEntries = Omit<
  z.output<typeof AssessmentInput>,
  'clientId' | 'courseId' | 'coursePosition' | 'takenOn'
>;

/** One score of an assessment, as the trends and the taper rule read it. */
export const Measure = z.strictObject({
  kind: z.enum(MEASURE_KINDS),
  /** The instrument's name for `other`; empty otherwise. */
  instrument: z.string(),
  score: z.number(),
  lowerIsBetter: z.boolean(),
});
export type Measure = z.infer<typeof Measure>;

export const Assessment = z.strictObject({
  ...AssessmentInput.shape,
  id: RecordId,
  courseId: RecordId.nullable(),
  coursePosition: z.int().nullable(),
  otherInstruments: z.array(OtherInstrumentInput),
  measures: z.array(Measure),
  createdAt: Timestamp,
});
export type Assessment = z.infer<typeof Assessment>;

/** Rules beyond each field's own range; the form and main both run them. */
export function assessmentRuleIssues(input: z.output<typeof AssessmentInput>, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.takenOn > today)
    issues.push({ path: 'takenOn', message: 'An assessment cannot be dated in the future' });
  if (input.coursePosition !== null && input.courseId === null) {
    issues.push({ path: 'coursePosition', message: 'A scheduled assessment belongs to a course' });
  }
  if (input.fiqr) {
    const score = scoreFiqr(input.fiqr);
    if (
      !score.complete &&
      score.domains.function.answered + score.domains.overall.answered + score.domains.symptoms.answered > 0
    ) {
      const names = score.unanswered.map((domain) => FIQR_DOMAINS[domain].label.toLowerCase()).join(', ');
      issues.push({
        path: 'fiqr',
        message: `Answer at least one FIQR item in each part (missing: ${names})`,
      });
    }
  }
  if (scoresOf(input).length === 0) {
    issues.push({ path: 'takenOn', message: 'Enter at least one measure to save the assessment' });
  }
  return issues;
}

const scored = (kind: MeasureKind, score: number | null | undefined): Measure[] =>
  score === null || score === undefined ? [] : [{ kind, instrument: '', score, lowerIsBetter: true }];

/**
 * The scores an assessment's entries give. WPI + SSS is added when both were taken, since the
 * severity score and its bands only exist for the pair.
 */
export function scoresOf(entries: AssessmentEntries): Measure[] {
  const fiqr = entries.fiqr ? scoreFiqr(entries.fiqr) : null;
  const wpiAndSss =
    entries.wpiAreas && entries.sss
      ? fibromyalgiaMeasures(entries.wpiAreas, symptomSeverityScore(entries.sss))
      : null;
  return [
    ...scored('fiqr', fiqr?.complete ? fiqr.total : null),
    ...scored('pain_current', entries.pain?.current),
    ...scored('pain_worst', entries.pain?.worst),
    ...scored('pain_least', entries.pain?.least),
    ...scored('sleep_quality', entries.sleepQuality),
    ...scored('psqi', entries.psqi),
    ...scored('wpi', entries.wpiAreas ? widespreadPainIndex(entries.wpiAreas) : null),
    ...scored('sss', entries.sss ? symptomSeverityScore(entries.sss) : null),
    ...scored('fibromyalgia_severity', wpiAndSss?.severity),
    ...scored('tender_points', entries.tenderPoints),
    ...entries.otherInstruments.map((other) => ({
      kind: 'other' as const,
      instrument: other.instrument,
      score: other.score,
      lowerIsBetter: !other.higherIsBetter,
    })),
  ];
}
