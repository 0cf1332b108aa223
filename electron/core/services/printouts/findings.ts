import { findingPlace } from '../../../../shared/domain/plan/finding-kinds';
import { ADHESION_DEPTH_LABELS, type FindingBody } from '../../../../shared/domain/plan/findings';
import type { PaintedRegion } from '../../../../shared/domain/plan/region';
import { restrictionInWords } from '../../../../shared/domain/plan/restriction';
import {
  contradictedTenderPoints,
  describeContradictions,
  describeTenderPointCount,
  tenderPointCount,
  tenderPointSite,
} from '../../../../shared/domain/plan/tender-points';
import type { PrintFinding, PrintMark, PrintPainArea } from '../../../../shared/domain/printout';
import { paintedPlace } from './cautions';
import { frontOrBack } from './marks';

type Of<K extends FindingBody['kind']> = Extract<FindingBody, { kind: K }>;

/** What a point finding sits on, by name and the client's side: a point finding always has a structure. */
const where = (finding: Of<'trigger_point' | 'adhesion'>): string => findingPlace(finding)!;

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The findings sections and the marks they put on the snapshots, from one session's findings. */
export function printedFindings(findings: readonly FindingBody[]) {
  const of = <K extends FindingBody['kind']>(kind: K) =>
    findings.filter((finding): finding is Of<K> => finding.kind === kind);
  const triggerPoints: PrintFinding[] = of('trigger_point').map((finding) => ({
    structure: where(finding),
    detail: [
      finding.state === 'active' ? 'Active' : 'Latent',
      // The referral is painted on the model; a list can only say that one was recorded.
      ...(finding.referral.strokes.length > 0 ? ['referred pain painted on the body map'] : []),
    ].join(', '),
    note: finding.note,
  }));
  const adhesions: PrintFinding[] = of('adhesion').map((finding) => ({
    structure: where(finding),
    detail: [
      ADHESION_DEPTH_LABELS[finding.depth],
      finding.severity,
      restrictionInWords(finding.direction, finding.anchor.point, finding.anchor.normal),
    ].join(', '),
    note: finding.note,
  }));
  const count = tenderPointCount(findings);
  const painRegions: PaintedRegion[] = of('pain_area').map((finding) => finding.region);
  const painAreas: PrintPainArea[] = of('pain_area').map((finding) => ({
    where: paintedPlace(finding.footprint),
    intensity: finding.intensity,
    quality: capitalised(finding.quality),
    note: finding.note,
  }));
  const cautionRegions: PaintedRegion[] = of('caution').map((finding) => finding.region);
  const marks: PrintMark[] = [
    ...of('trigger_point').map((finding) => ({
      kind:
        finding.state === 'active' ? ('trigger_point_active' as const) : ('trigger_point_latent' as const),
      point: finding.anchor.point,
      normal: finding.anchor.normal,
      label: '',
      direction: null,
    })),
    ...of('adhesion').map((finding) => ({
      kind: 'adhesion' as const,
      point: finding.anchor.point,
      normal: finding.anchor.normal,
      label: '',
      direction: finding.direction,
    })),
    ...of('tender_point')
      .filter((finding) => finding.painful)
      .flatMap((finding) => {
        const site = tenderPointSite(finding.siteId);
        if (!site) return [];
        const point = [...site.point] as PrintMark['point'];
        return [
          { kind: 'tender_point' as const, point, normal: frontOrBack(point), label: '', direction: null },
        ];
      }),
  ];
  return {
    triggerPoints,
    adhesions,
    // A result its own algometer reading contradicts is printed with the count, for the therapist to defend or correct.
    tenderPoints:
      count.tested > 0
        ? [
            capitalised(describeTenderPointCount(count)),
            describeContradictions(contradictedTenderPoints(findings)),
          ]
            .filter(Boolean)
            .join('. ')
        : null,
    painRegions,
    painAreas,
    cautionRegions,
    marks,
  };
}
