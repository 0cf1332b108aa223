import type { Band } from './bands';
import { SEVERITY_BANDS } from './fibromyalgia-criteria';
import { FIQR_BANDS } from './fiqr';

/** Every score the app follows across a course; each is one series on the trend charts. */
export const MEASURE_KINDS = [
  'fiqr',
  'pain_current',
  'pain_worst',
  'pain_least',
  // Noted in each session's note rather than at an assessment.
  'session_pain_before',
  'session_pain_after',
  'sleep_quality',
  'psqi',
  'wpi',
  'sss',
  'fibromyalgia_severity',
  'tender_points',
  'other',
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** How big a change since baseline counts as meaningful, and where that figure comes from. */
export type MeaningfulChange =
  | { kind: 'points'; points: number; source: string }
  | { kind: 'percent_of_baseline'; percent: number; source: string }
  | { kind: 'none'; source: string };

export interface MeasureFacts {
  label: string;
  /** The scale in words, shown next to the score. */
  unit: string;
  min: number;
  max: number;
  /** Every measure here improves as it falls, except other instruments whose direction is recorded with them. */
  lowerIsBetter: boolean;
  bands: readonly Band[];
  meaningfulChange: MeaningfulChange;
  /** Diagnostic measures are recorded to share with the client's physician, never read as a verdict. */
  forPhysician: boolean;
}

const NRS_BANDS: readonly Band[] = [
  { id: 'none', label: 'None', from: 0 },
  { id: 'mild', label: 'Mild', from: 1 },
  { id: 'moderate', label: 'Moderate', from: 4 },
  { id: 'severe', label: 'Severe', from: 7 },
];

const PAIN_NRS_CHANGE: MeaningfulChange = {
  kind: 'points',
  points: 1.5,
  source: 'About 1.5 points on a 0-10 pain NRS is often taken as a meaningful change',
};

/**
 * The FIQR authors (Bennett et al. 2009) found a 14% fall of the total from baseline to be the
 * minimal clinically important difference.
 */
const FIQR_CHANGE: MeaningfulChange = {
  kind: 'percent_of_baseline',
  percent: 14,
  source: 'A change of 14% of the baseline total (Bennett et al. 2009)',
};

/**
 * IMMPACT (Dworkin et al., J Pain 2008) takes a 30% reduction as moderately important for pain
 * measures; with no published figure for these counts we borrow it rather than invent one.
 */
const COUNT_CHANGE: MeaningfulChange = {
  kind: 'percent_of_baseline',
  percent: 30,
  source: 'No published figure; 30% of baseline, the IMMPACT "moderately important" change for pain',
};

const pain = (label: string): MeasureFacts => ({
  label,
  unit: '0–10',
  min: 0,
  max: 10,
  lowerIsBetter: true,
  bands: NRS_BANDS,
  meaningfulChange: PAIN_NRS_CHANGE,
  forPhysician: false,
});

export const MEASURES: Record<Exclude<MeasureKind, 'other'>, MeasureFacts> = {
  fiqr: {
    label: 'FIQR total',
    unit: '0–100',
    min: 0,
    max: 100,
    lowerIsBetter: true,
    bands: FIQR_BANDS,
    meaningfulChange: FIQR_CHANGE,
    forPhysician: false,
  },
  pain_current: pain('Pain now (NRS)'),
  pain_worst: pain('Worst pain, past week (NRS)'),
  pain_least: pain('Least pain, past week (NRS)'),
  session_pain_before: pain('Pain before each session (NRS)'),
  session_pain_after: pain('Pain after each session (NRS)'),
  sleep_quality: {
    label: 'Sleep quality (NRS)',
    unit: '0 slept very well – 10 slept very badly',
    min: 0,
    max: 10,
    lowerIsBetter: true,
    bands: [],
    // The same 0-10 scale as pain, and no agreed figure of its own: use the pain NRS's.
    meaningfulChange: {
      kind: 'points',
      points: 1.5,
      source: 'No agreed figure; the 1.5 points used for a 0-10 pain NRS',
    },
    forPhysician: false,
  },
  psqi: {
    label: 'PSQI global',
    unit: '0–21',
    min: 0,
    max: 21,
    lowerIsBetter: true,
    bands: [
      { id: 'good_sleep', label: 'Good sleep', from: 0 },
      { id: 'poor_sleep', label: 'Poor sleep', from: 6 },
    ],
    meaningfulChange: {
      kind: 'points',
      points: 3,
      source: 'About 3 points of the PSQI global score is the change usually taken as meaningful',
    },
    forPhysician: false,
  },
  wpi: {
    label: 'Widespread Pain Index',
    unit: '0–19 areas',
    min: 0,
    max: 19,
    lowerIsBetter: true,
    bands: [],
    meaningfulChange: COUNT_CHANGE,
    forPhysician: true,
  },
  sss: {
    label: 'Symptom Severity Scale',
    unit: '0–12',
    min: 0,
    max: 12,
    lowerIsBetter: true,
    bands: [],
    meaningfulChange: COUNT_CHANGE,
    forPhysician: true,
  },
  fibromyalgia_severity: {
    label: 'WPI + SSS',
    unit: '0–31',
    min: 0,
    max: 31,
    lowerIsBetter: true,
    bands: SEVERITY_BANDS,
    meaningfulChange: COUNT_CHANGE,
    forPhysician: true,
  },
  tender_points: {
    label: 'Tender points (ACR 1990)',
    unit: '0–18 sites',
    min: 0,
    max: 18,
    lowerIsBetter: true,
    bands: [
      { id: 'below_1990', label: 'Under 11', from: 0 },
      { id: 'at_1990', label: '11 or more', from: 11 },
    ],
    meaningfulChange: COUNT_CHANGE,
    forPhysician: true,
  },
};

/** PSQI: a global score over 5 marks poor sleep (Buysse et al. 1989). */
export const PSQI_POOR_SLEEP_ABOVE = 5;
export const isPoorSleep = (psqiGlobal: number): boolean => psqiGlobal > PSQI_POOR_SLEEP_ABOVE;
