import type { Control } from 'react-hook-form';
import type { z } from 'zod';
import { FIQR_ITEM_COUNT } from '../../../../shared/domain/outcomes/fiqr';
import {
  AssessmentInput,
  assessmentRuleIssues,
  type Assessment,
} from '../../../../shared/domain/outcomes/assessment';
import type { WpiArea } from '../../../../shared/domain/outcomes/widespread-pain';
import { formSchema } from '../../ui/form/formSchema';
import { numberOrNull, requiredNumber } from '../../ui/numbers';

/** What the assessment form holds while the therapist types: text as typed, numbers parsed on save. */
export interface AssessmentValues {
  takenOn: string;
  fiqr: string[];
  pain: { current: string; worst: string; least: string };
  sleepQuality: string;
  psqi: string;
  /** WPI and SSS are taken together or not at all: an empty area list is a WPI of 0, not "not asked". */
  includeWpiSss: boolean;
  wpiAreas: WpiArea[];
  sss: {
    fatigue: string;
    wakingUnrefreshed: string;
    cognitiveSymptoms: string;
    headaches: boolean;
    lowerAbdominalPain: boolean;
    depression: boolean;
  };
  tenderPoints: string;
  otherInstruments: { instrument: string; score: string; higherIsBetter: boolean }[];
}

/** The assessment form's control, whose resolver reads the values into the contract's input. */
export type AssessmentControl = Control<AssessmentValues, unknown, z.output<typeof AssessmentInput>>;

/** Which assessment the form records: the client, and the course and scheduled point it belongs to. */
export interface AssessmentTarget {
  clientId: string;
  courseId: string | null;
  coursePosition: number | null;
}

export interface AssessmentStart {
  today: string;
  /**
   * WPI areas from the client's painted pain map, when the session has one: they start ticked and
   * the therapist confirms or changes each before saving.
   */
  painMapAreas?: readonly WpiArea[] | undefined;
}

/** The form before anything is typed: dated today, every measure blank, the WPI from the pain map. */
export function assessmentValues({ today, painMapAreas }: AssessmentStart): AssessmentValues {
  return {
    takenOn: today,
    fiqr: Array<string>(FIQR_ITEM_COUNT).fill(''),
    pain: { current: '', worst: '', least: '' },
    sleepQuality: '',
    psqi: '',
    includeWpiSss: painMapAreas !== undefined && painMapAreas.length > 0,
    wpiAreas: [...(painMapAreas ?? [])],
    sss: {
      fatigue: '0',
      wakingUnrefreshed: '0',
      cognitiveSymptoms: '0',
      headaches: false,
      lowerAbdominalPain: false,
      depression: false,
    },
    tenderPoints: '',
    otherInstruments: [],
  };
}

const text = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

/** A recorded assessment back in the form, as it was entered, to be put right. */
export function valuesFromAssessment(assessment: Assessment): AssessmentValues {
  const blank = assessmentValues({ today: assessment.takenOn });
  return {
    ...blank,
    fiqr: assessment.fiqr ? assessment.fiqr.map(text) : blank.fiqr,
    pain: {
      current: text(assessment.pain?.current),
      worst: text(assessment.pain?.worst),
      least: text(assessment.pain?.least),
    },
    sleepQuality: text(assessment.sleepQuality),
    psqi: text(assessment.psqi),
    includeWpiSss: assessment.wpiAreas !== null && assessment.sss !== null,
    wpiAreas: [...(assessment.wpiAreas ?? [])],
    sss: assessment.sss
      ? {
          ...assessment.sss,
          fatigue: text(assessment.sss.fatigue),
          wakingUnrefreshed: text(assessment.sss.wakingUnrefreshed),
          cognitiveSymptoms: text(assessment.sss.cognitiveSymptoms),
        }
      : blank.sss,
    tenderPoints: text(assessment.tenderPoints),
    otherInstruments: assessment.otherInstruments.map((other) => ({
      instrument: other.instrument,
      score: String(other.score),
      higherIsBetter: other.higherIsBetter,
    })),
  };
}

function allBlank(texts: readonly string[]): boolean {
  return texts.every((text) => text.trim() === '');
}

/** The form as the contract's input: untouched measures are left out (null) rather than sent as zeros. */
export function assessmentInput(values: AssessmentValues, target: AssessmentTarget): AssessmentInput {
  const pain = [values.pain.current, values.pain.worst, values.pain.least];
  return {
    ...target,
    takenOn: values.takenOn,
    fiqr: allBlank(values.fiqr) ? null : values.fiqr.map(numberOrNull),
    pain: allBlank(pain)
      ? null
      : {
          current: numberOrNull(values.pain.current),
          worst: numberOrNull(values.pain.worst),
          least: numberOrNull(values.pain.least),
        },
    sleepQuality: numberOrNull(values.sleepQuality),
    psqi: numberOrNull(values.psqi),
    wpiAreas: values.includeWpiSss ? values.wpiAreas : null,
    sss: values.includeWpiSss
      ? {
          ...values.sss,
          fatigue: Number(values.sss.fatigue),
          wakingUnrefreshed: Number(values.sss.wakingUnrefreshed),
          cognitiveSymptoms: Number(values.sss.cognitiveSymptoms),
        }
      : null,
    tenderPoints: numberOrNull(values.tenderPoints),
    otherInstruments: values.otherInstruments.map((other) => ({
      instrument: other.instrument,
      score: requiredNumber(other.score),
      higherIsBetter: other.higherIsBetter,
    })),
  };
}

/**
 * The form field for a path of the contract. A message about the FIQR as a whole is the list's
 * `root`, where react-hook-form keeps a list's own message apart from its items' messages.
 */
export function assessmentField(path: string): string {
  return path === 'fiqr' ? 'fiqr.root' : path;
}

/** The assessment form's schema: the shared assessment schema and rules, judged on the day given. */
export function assessmentSchema(today: string, target: AssessmentTarget) {
  return formSchema(
    (values: AssessmentValues) => assessmentInput(values, target),
    AssessmentInput,
    (value) => assessmentRuleIssues(value, today),
    assessmentField,
  );
}
