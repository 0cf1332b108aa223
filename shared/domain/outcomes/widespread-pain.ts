import type { WpiAreaId } from '../../anatomy/types';
import { WPI_AREAS as ATLAS_WPI_AREAS } from '../../anatomy/wpi';

/**
 * Widespread Pain Index (ACR 2010, revised 2016: Wolfe F et al. Semin Arthritis Rheum
 * 2016;46:319-329): the 19 areas where the client had pain in the past week, 0-19. Paired areas are
 * the client's own left and right, never the viewer's.
 *
 * The areas themselves (ids, labels, 2016 regions) are the body atlas's, so pain painted on the
 * model maps onto exactly these boxes; this module adds the scoring rules.
 */
export type WpiArea = WpiAreaId;
export type PainRegion = (typeof ATLAS_WPI_AREAS)[number]['region2016'];

export const WPI_AREAS: readonly WpiArea[] = ATLAS_WPI_AREAS.map((area) => area.id);

/** Jaw, chest and abdomen count toward the WPI but not toward the 2016 generalized-pain regions. */
const OUTSIDE_GENERALIZED_PAIN: ReadonlySet<WpiArea> = new Set(['jaw_L', 'jaw_R', 'chest', 'abdomen']);

interface WpiAreaFacts {
  label: string;
  region: PainRegion;
  countsForGeneralizedPain: boolean;
}

export const WPI_AREA_FACTS = Object.fromEntries(
  ATLAS_WPI_AREAS.map((area) => [
    area.id,
    {
      label: area.label,
      region: area.region2016,
      countsForGeneralizedPain: !OUTSIDE_GENERALIZED_PAIN.has(area.id),
    },
  ]),
) as Record<WpiArea, WpiAreaFacts>;

export function isWpiArea(value: string): value is WpiArea {
  return (WPI_AREAS as readonly string[]).includes(value);
}

export const PAIN_REGIONS: readonly { id: PainRegion; label: string }[] = [
  { id: 'left_upper', label: "Client's left upper" },
  { id: 'right_upper', label: "Client's right upper" },
  { id: 'left_lower', label: "Client's left lower" },
  { id: 'right_lower', label: "Client's right lower" },
  { id: 'axial', label: 'Axial' },
];

/** The WPI: how many distinct areas were painful, 0-19. */
export function widespreadPainIndex(painfulAreas: Iterable<WpiArea>): number {
  return new Set(painfulAreas).size;
}

export interface GeneralizedPain {
  /** Regions with pain in at least one area that counts toward the rule. */
  regions: PainRegion[];
  /** The 2016 rule: pain in at least 4 of the 5 regions. */
  present: boolean;
}

export const GENERALIZED_PAIN_MIN_REGIONS = 4;

export function generalizedPain(painfulAreas: Iterable<WpiArea>): GeneralizedPain {
  const painful = new Set<PainRegion>();
  for (const area of painfulAreas) {
    const facts = WPI_AREA_FACTS[area];
    if (facts.countsForGeneralizedPain) painful.add(facts.region);
  }
  const regions = PAIN_REGIONS.map((region) => region.id).filter((id) => painful.has(id));
  return { regions, present: regions.length >= GENERALIZED_PAIN_MIN_REGIONS };
}
