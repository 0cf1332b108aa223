import {
  algometerUnitSymbol,
  fromStoredKgCm2,
  toStoredKgCm2,
  type AlgometerUnit,
} from '../../../../../shared/domain/algometer-units';
import type { FindingBody } from '../../../../../shared/domain/plan/findings';
import {
  TENDER_POINT_EXAM_ORDER,
  painfulAtTestPressure,
  tenderPointResults,
} from '../../../../../shared/domain/plan/tender-points';
import { ALGOMETER_RANGE_KG_CM2 } from '../../../../../shared/domain/pressure';

/**
 * The guided tender-point exam as plain steps: step 0 to 17 is a site in the exam order, step 18
 * comes after the last site, where the therapist finishes. Every answer records its site and moves
 * on, so the 18 sites take 18 actions.
 */
export const EXAM_SITE_COUNT = TENDER_POINT_EXAM_ORDER.length;

/** Where an exam opens: the first site this session has no result for, else the first site, to re-do. */
export function openingStep(findings: readonly FindingBody[]): number {
  const results = tenderPointResults(findings);
  const untested = TENDER_POINT_EXAM_ORDER.findIndex((siteId) => !results.has(siteId));
  return untested === -1 ? 0 : untested;
}

export function nextStep(step: number): number {
  return Math.min(step + 1, EXAM_SITE_COUNT);
}

export function previousStep(step: number): number {
  return Math.max(step - 1, 0);
}

/** The site a step examines; null after the last. */
export function siteAtStep(step: number): string | null {
  return TENDER_POINT_EXAM_ORDER[step] ?? null;
}

export function progressLabel(step: number): string {
  return step < EXAM_SITE_COUNT
    ? `Site ${step + 1} of ${EXAM_SITE_COUNT}`
    : `All ${EXAM_SITE_COUNT} sites examined`;
}

/** What one answer records for its site: a fresh answer replaces the site's earlier result whole. */
export interface ExamResult {
  painful: boolean;
  algometerKgCm2: number | null;
}

export const PAINFUL: ExamResult = { painful: true, algometerKgCm2: null };
export const NOT_PAINFUL: ExamResult = { painful: false, algometerKgCm2: null };

/**
 * A typed algometer reading as its result: painful when the pain began below the ACR test
 * pressure, the same rule the plan uses to check a result against its reading. A reading that is
 * not a number, or outside what an algometer reads, is refused with the reason.
 */
export function resultOfReading(text: string, unit: AlgometerUnit): ExamResult | { problem: string } {
  const reading = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(reading)) return { problem: 'Type the algometer reading' };
  const kgCm2 = toStoredKgCm2(reading, unit);
  if (kgCm2 < ALGOMETER_RANGE_KG_CM2.min || kgCm2 > ALGOMETER_RANGE_KG_CM2.max) {
    const [min, max] = [ALGOMETER_RANGE_KG_CM2.min, ALGOMETER_RANGE_KG_CM2.max].map((kg) =>
      fromStoredKgCm2(kg, unit),
    );
    return { problem: `A reading is between ${min} and ${max} ${algometerUnitSymbol(unit)}` };
  }
  return { painful: painfulAtTestPressure(kgCm2), algometerKgCm2: kgCm2 };
}

/** The exam's keys: one key press answers a site, goes back one, or finishes. */
export type ExamKeyAction = 'painful' | 'not_painful' | 'back' | 'finish';

const EXAM_KEYS: Readonly<Record<string, ExamKeyAction>> = {
  p: 'painful',
  n: 'not_painful',
  b: 'back',
  escape: 'finish',
};

export function examKeyAction(key: string): ExamKeyAction | null {
  return EXAM_KEYS[key.toLowerCase()] ?? null;
}
