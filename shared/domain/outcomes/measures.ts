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
  /** Either is enough: the change counts once it reaches the smaller of the two. */
  | { kind: 'points_or_percent'; points: number; percent: number; source: string }
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

/** PSQI: a global score over 5 marks poor sleep (Buysse et al., Psychiatry Res 1989;28:193). */
export const PSQI_POOR_SLEEP_ABOVE = 5;

const NRS_BANDS: readonly Band[] = [
  { id: 'none', label: 'None', from: 0 },
  { id: 'mild', label: 'Mild', from: 1 },
  { id: 'moderate', label: 'Moderate', from: 4 },
  { id: 'severe', label: 'Severe', from: 7 },
];

/**
 * Farrar JT, Young JP Jr, LaMoreaux L, Werth JL, Poole RM. "Clinical importance of changes in chronic
 * pain intensity measured on an 11-point numerical pain rating scale." Pain 2001;94(2):149-158: a fall
 * of about 2 points or about 30% matched the patients' own "much improved".
 */
const PAIN_NRS_CHANGE: MeaningfulChange = {
  kind: 'points_or_percent',
  points: 2,
  percent: 30,
  source: '2 points or 30% of the baseline (Farrar et al., Pain 2001;94:149)',
};

/**
 * Bennett RM, Bushmakin AG, Cappelleri JC, Zlateva G, Sadosky AB. "Minimal clinically important
 * difference in the fibromyalgia impact questionnaire." J Rheumatol 2009;36(6):1304-1311: a 14% fall.
 * It was measured on the original FIQ, not the FIQR; the app carries it over and says so.
 */
const FIQR_CHANGE: MeaningfulChange = {
  kind: 'percent_of_baseline',
  percent: 14,
  source:
    '14% of the baseline total (Bennett, Bushmakin et al., J Rheumatol 2009;36:1304), measured on the original FIQ and carried over to the FIQR',
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
    // No published figure for a 0-10 sleep-quality NRS that we could confirm: a clinic convention,
    // the pain NRS's rule on the same 0-10 scale, and said to be one.
    meaningfulChange: {
      ...PAIN_NRS_CHANGE,
      source:
        'Clinic convention, no published figure: the pain NRS rule of 2 points or 30% (Farrar 2001) carried over',
    },
    forPhysician: false,
  },
  psqi: {
    label: 'PSQI global',
    unit: '0–21',
    min: 0,
    max: 21,
    lowerIsBetter: true,
    // Buysse DJ et al. "The Pittsburgh Sleep Quality Index." Psychiatry Res 1989;28(2):193-213: a
    // global score over 5 marks poor sleep.
    bands: [
      { id: 'good_sleep', label: 'Good sleep', from: 0 },
      { id: 'poor_sleep', label: 'Poor sleep', from: PSQI_POOR_SLEEP_ABOVE + 1 },
    ],
    // Published minimal important differences for the PSQI differ by population (4.4 points after
    // rotator-cuff repair, Longo et al. 2021) and none is established in fibromyalgia: 3 points is
    // the clinic's convention, and labelled so.
    meaningfulChange: {
      kind: 'points',
      points: 3,
      source: 'Clinic convention, no figure established in fibromyalgia: 3 points of the global score',
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

export const isPoorSleep = (psqiGlobal: number): boolean => psqiGlobal > PSQI_POOR_SLEEP_ABOVE;
