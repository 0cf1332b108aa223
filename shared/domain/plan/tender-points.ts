import { tenderPointSites } from '../../anatomy';
import type { FindingBody } from './findings';

export type TenderPoint = Extract<FindingBody, { kind: 'tender_point' }>;

export const TENDER_POINT_SITE_COUNT = 18;

/** The physician, not the therapist, interprets the count: the label says so wherever it appears. */
export const TENDER_POINT_COUNT_LABEL = 'Tender-point count, for the client’s physician';

export interface TenderPointCount {
  painful: number;
  tested: number;
  of: typeof TENDER_POINT_SITE_COUNT;
}

/** Each site's result, by its last record: a site recorded twice counts as recorded last. */
export function tenderPointResults(findings: readonly FindingBody[]): Map<string, TenderPoint> {
  const bySite = new Map<string, TenderPoint>();
  for (const finding of findings) if (finding.kind === 'tender_point') bySite.set(finding.siteId, finding);
  return bySite;
}

/** Painful sites of the 18, one result per site (a site recorded twice counts by its last record). */
export function tenderPointCount(findings: readonly FindingBody[]): TenderPointCount {
  const bySite = tenderPointResults(findings);
  return {
    painful: [...bySite.values()].filter((finding) => finding.painful).length,
    tested: bySite.size,
    of: TENDER_POINT_SITE_COUNT,
  };
}

export function describeTenderPointCount(count: TenderPointCount): string {
  const untested = count.of - count.tested;
  return `${count.painful}/${count.of} painful` + (untested > 0 ? ` (${untested} not tested)` : '');
}

/**
 * The order a guided exam visits the sites in: the nine pairs from the head down, the client's left
 * then right of each, so the therapist works down one side of the table at a time.
 */
const EXAM_PAIRS = [
  'tp_occiput',
  'tp_low_cervical',
  'tp_trapezius',
  'tp_supraspinatus',
  'tp_second_rib',
  'tp_lateral_epicondyle',
  'tp_gluteal',
  'tp_greater_trochanter',
  'tp_knee',
] as const;

export const TENDER_POINT_EXAM_ORDER: readonly string[] = EXAM_PAIRS.flatMap((pair) => [
  `${pair}_L`,
  `${pair}_R`,
]);

/** The ACR 1990 classification criterion: at least this many of the 18 sites painful. */
export const ACR_1990_PAINFUL_SITES = 11;

/** The criterion as the exam shows it, with whom it is for. */
export const ACR_1990_CRITERION_LABEL =
  `ACR 1990 criterion: at least ${ACR_1990_PAINFUL_SITES} of ${TENDER_POINT_SITE_COUNT} sites painful. ` +
  'Information for the client’s physician, not a diagnosis.';

/** The site's fixed place on the atlas, so the exam is pre-placed on every model. */
export function tenderPointSite(siteId: string) {
  return tenderPointSites().find((site) => site.id === siteId);
}

/**
 * The ACR 1990 test pressure, kg/cm² (Wolfe F et al., Arthritis Rheum 1990;33:160): a site is
 * tender when about 4 kg of pressure is painful. An algometer reading is the pressure at which pain
 * began, so a site marked painful whose pain began at 4 kg/cm² or more, or one marked not painful
 * whose pain began below 4, says two different things. Readings are stored in kg/cm² whatever unit
 * the clinic reads them in.
 */
export const ACR_TEST_PRESSURE_KG_CM2 = 4;

/** A site's result that its own algometer reading contradicts, for the therapist to check. */
export interface ContradictedTenderPoint {
  siteId: string;
  painful: boolean;
  algometerKgCm2: number;
}

/** Whether a site whose pain began at this algometer reading hurts under the ACR test pressure. */
export function painfulAtTestPressure(algometerKgCm2: number): boolean {
  return algometerKgCm2 < ACR_TEST_PRESSURE_KG_CM2;
}

export function contradictedTenderPoints(findings: readonly FindingBody[]): ContradictedTenderPoint[] {
  return [...tenderPointResults(findings).values()].flatMap(({ siteId, painful, algometerKgCm2 }) => {
    if (algometerKgCm2 === null) return [];
    return painful === painfulAtTestPressure(algometerKgCm2) ? [] : [{ siteId, painful, algometerKgCm2 }];
  });
}

/** "Check 1 result against its algometer reading: …", or null when every reading agrees. */
export function describeContradictions(contradicted: readonly ContradictedTenderPoint[]): string | null {
  if (contradicted.length === 0) return null;
  const each = contradicted.map((result) => {
    const name = tenderPointSite(result.siteId)?.name ?? result.siteId;
    const reading = `${result.algometerKgCm2} kg/cm²`;
    return result.painful
      ? `${name} marked painful, but pain began at ${reading} (at or above ${ACR_TEST_PRESSURE_KG_CM2})`
      : `${name} marked not painful, but pain began at ${reading} (below ${ACR_TEST_PRESSURE_KG_CM2})`;
  });
  const results = contradicted.length === 1 ? '1 result' : `${contradicted.length} results`;
  return `Check ${results} against the algometer reading: ${each.join('; ')}`;
}
