import { tenderPointSites } from '../../anatomy';
import type { FindingBody } from './findings';

type TenderPoint = Extract<FindingBody, { kind: 'tender_point' }>;

export const TENDER_POINT_SITE_COUNT = 18;

/** The physician, not the therapist, interprets the count: the label says so wherever it appears. */
export const TENDER_POINT_COUNT_LABEL = 'Tender-point count, for the client’s physician';

export interface TenderPointCount {
  painful: number;
  tested: number;
  of: typeof TENDER_POINT_SITE_COUNT;
}

/** Painful sites of the 18, one result per site (a site recorded twice counts by its last record). */
export function tenderPointCount(findings: readonly FindingBody[]): TenderPointCount {
  const bySite = new Map<string, TenderPoint>();
  for (const finding of findings) if (finding.kind === 'tender_point') bySite.set(finding.siteId, finding);
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

/** The site's fixed place on the atlas, so the exam is pre-placed on every model. */
export function tenderPointSite(siteId: string) {
  return tenderPointSites().find((site) => site.id === siteId);
}
