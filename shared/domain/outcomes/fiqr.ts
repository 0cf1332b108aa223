import { bandOf, type Band } from './bands';
import { roundScore } from './rounding';

/**
 * The revised Fibromyalgia Impact Questionnaire (FIQR): Bennett RM, Friend R, Jones KD, Ward R, Han
 * BK, Ross RL. "The Revised Fibromyalgia Impact Questionnaire (FIQR): validation and psychometric
 * properties." Arthritis Research & Therapy 2009;11(4):R120. The questionnaire's wording belongs to
 * its authors, so the labels here are our own paraphrases of what each item asks about; give the
 * client the published form and enter its answers here.
 */
export const FIQR_SOURCE =
  'Bennett RM et al. The Revised Fibromyalgia Impact Questionnaire (FIQR). Arthritis Res Ther 2009;11:R120';

export type FiqrDomain = 'function' | 'overall' | 'symptoms';

export interface FiqrItem {
  /** 1-21, the item's position on the published form. */
  number: number;
  domain: FiqrDomain;
  /** Our paraphrase of what the item asks, in the clinic's words. */
  label: string;
  /** What 0 and 10 mean for this item. */
  anchors: readonly [string, string];
}

const DIFFICULTY = ['no difficulty', 'very difficult'] as const;

export const FIQR_ITEMS: readonly FiqrItem[] = [
  { number: 1, domain: 'function', label: 'Brushing or combing hair', anchors: DIFFICULTY },
  { number: 2, domain: 'function', label: 'Walking without stopping for 20 minutes', anchors: DIFFICULTY },
  { number: 3, domain: 'function', label: 'Preparing a home-cooked meal', anchors: DIFFICULTY },
  { number: 4, domain: 'function', label: 'Vacuuming, scrubbing or sweeping floors', anchors: DIFFICULTY },
  {
    number: 5,
    domain: 'function',
    label: 'Lifting and carrying a full bag of groceries',
    anchors: DIFFICULTY,
  },
  { number: 6, domain: 'function', label: 'Climbing one flight of stairs', anchors: DIFFICULTY },
  { number: 7, domain: 'function', label: 'Changing the bed sheets', anchors: DIFFICULTY },
  { number: 8, domain: 'function', label: 'Sitting in a chair for 45 minutes', anchors: DIFFICULTY },
  { number: 9, domain: 'function', label: 'Going grocery shopping', anchors: DIFFICULTY },
  {
    number: 10,
    domain: 'overall',
    label: 'Fibromyalgia stopped them reaching their goals for the week',
    anchors: ['never', 'always'],
  },
  {
    number: 11,
    domain: 'overall',
    label: 'Felt overwhelmed by fibromyalgia symptoms',
    anchors: ['never', 'always'],
  },
  { number: 12, domain: 'symptoms', label: 'Pain', anchors: ['no pain', 'unbearable pain'] },
  { number: 13, domain: 'symptoms', label: 'Lack of energy', anchors: ['plenty of energy', 'no energy'] },
  { number: 14, domain: 'symptoms', label: 'Stiffness', anchors: ['no stiffness', 'severe stiffness'] },
  {
    number: 15,
    domain: 'symptoms',
    label: 'Poor sleep quality',
    anchors: ['woke rested', 'woke very tired'],
  },
  { number: 16, domain: 'symptoms', label: 'Depression', anchors: ['not depressed', 'very depressed'] },
  { number: 17, domain: 'symptoms', label: 'Memory problems', anchors: ['good memory', 'very poor memory'] },
  { number: 18, domain: 'symptoms', label: 'Anxiety', anchors: ['not anxious', 'very anxious'] },
  { number: 19, domain: 'symptoms', label: 'Tenderness to touch', anchors: ['not tender', 'very tender'] },
  { number: 20, domain: 'symptoms', label: 'Balance problems', anchors: ['no problems', 'severe problems'] },
  {
    number: 21,
    domain: 'symptoms',
    label: 'Sensitivity to loud noise, bright light, smells or cold',
    anchors: ['not sensitive', 'extremely sensitive'],
  },
];

export const FIQR_ITEM_COUNT = 21;

/**
 * The published weights: each domain's item sum is divided so the three domains contribute at most
 * 30, 20 and 50 to a total of 100.
 */
export const FIQR_DOMAINS: Record<
  FiqrDomain,
  { label: string; items: number; divisor: number; max: number }
> = {
  function: { label: 'Function', items: 9, divisor: 3, max: 30 },
  overall: { label: 'Overall impact', items: 2, divisor: 1, max: 20 },
  symptoms: { label: 'Symptoms', items: 10, divisor: 2, max: 50 },
};

/**
 * Severity categories from Salaffi F, Di Carlo M, Bazzichi L, et al. "Definition of fibromyalgia
 * severity: findings from a cross-sectional survey of 2339 Italian patients." Rheumatology (Oxford)
 * 2021;60(2):728-736.
 */
export const FIQR_BANDS_SOURCE = 'Salaffi et al., Rheumatology 2021;60:728';
export const FIQR_BANDS: readonly Band[] = [
  { id: 'remission', label: 'Remission', from: 0 },
  { id: 'mild', label: 'Mild', from: 24 },
  { id: 'moderate', label: 'Moderate', from: 41 },
  { id: 'severe', label: 'Severe', from: 64 },
  { id: 'very_severe', label: 'Very severe', from: 83 },
];

/** One answer per item in form order (item 1 first); `null` for an item the client left blank. */
export type FiqrAnswers = readonly (number | null)[];

export interface FiqrDomainScore {
  answered: number;
  /** `null` when no item of the domain was answered. */
  score: number | null;
}

export type FiqrScore =
  | {
      complete: true;
      domains: Record<FiqrDomain, FiqrDomainScore>;
      total: number;
      band: Band;
    }
  | {
      complete: false;
      domains: Record<FiqrDomain, FiqrDomainScore>;
      /** The domains with no answered item, which leave the total undefined. */
      unanswered: FiqrDomain[];
    };

/**
 * Scores a FIQR. A domain with some items blank is scaled up from its answered items (sum x 9/x, 2/x
 * or 10/x for x answered) before its divisor, as the authors describe. The total is the sum of the
 * exact domain scores, rounded once by the app's rounding rule (`rounding.ts`) and banded after. A domain with no answered
 * item has no score and then there is no total: scaling nothing up would invent the whole domain,
 * and a total missing up to half its range would read as a large improvement. The form asks for at
 * least one answer in each domain.
 */
export function scoreFiqr(answers: FiqrAnswers): FiqrScore {
  if (answers.length !== FIQR_ITEM_COUNT) {
    throw new Error(`A FIQR has ${FIQR_ITEM_COUNT} items, got ${answers.length}`);
  }
  const domains = {
    function: scoreDomain(answers, 'function'),
    overall: scoreDomain(answers, 'overall'),
    symptoms: scoreDomain(answers, 'symptoms'),
  };
  const unanswered = (Object.keys(domains) as FiqrDomain[]).filter(
    (domain) => domains[domain].score === null,
  );
  if (unanswered.length > 0) return { complete: false, domains, unanswered };
  // Rounded to the figure shown before it is banded, so "24 of 100" is never read as remission.
  const total = roundScore(
    (domains.function.score ?? 0) + (domains.overall.score ?? 0) + (domains.symptoms.score ?? 0),
  );
  return { complete: true, domains, total, band: bandOf(total, FIQR_BANDS) };
}

function scoreDomain(answers: FiqrAnswers, domain: FiqrDomain): FiqrDomainScore {
  const { items, divisor } = FIQR_DOMAINS[domain];
  const given = FIQR_ITEMS.filter((item) => item.domain === domain)
    .map((item) => answers[item.number - 1])
    .filter((answer): answer is number => answer !== null && answer !== undefined);
  if (given.length === 0) return { answered: 0, score: null };
  const sum = given.reduce((total, answer) => total + answer, 0);
  return { answered: given.length, score: (sum * items) / given.length / divisor };
}
