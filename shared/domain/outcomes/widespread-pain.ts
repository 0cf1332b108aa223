/**
 * Widespread Pain Index (ACR 2010, revised 2016: Wolfe F et al. Semin Arthritis Rheum
 * 2016;46:319-329): the 19 areas where the client had pain in the past week, 0-19. Paired areas are
 * the client's own left and right, never the viewer's.
 *
 * The ids match the body atlas's WPI areas (`jaw_L`, ..., `abdomen`), so pain areas painted on the
 * model can prefill this list.
 */
export const WPI_AREAS = [
  'jaw_L',
  'jaw_R',
  'shoulder_girdle_L',
  'shoulder_girdle_R',
  'upper_arm_L',
  'upper_arm_R',
  'lower_arm_L',
  'lower_arm_R',
  'hip_L',
  'hip_R',
  'upper_leg_L',
  'upper_leg_R',
  'lower_leg_L',
  'lower_leg_R',
  'neck',
  'upper_back',
  'lower_back',
  'chest',
  'abdomen',
] as const;

export type WpiArea = (typeof WPI_AREAS)[number];

export type PainRegion = 'left_upper' | 'right_upper' | 'left_lower' | 'right_lower' | 'axial';

interface WpiAreaFacts {
  label: string;
  region: PainRegion;
  /** Jaw, chest and abdomen count toward the WPI but not toward the 2016 generalized-pain regions. */
  countsForGeneralizedPain: boolean;
}

const PAIRED: Record<string, { label: string; upper: boolean; countsForGeneralizedPain: boolean }> = {
  jaw: { label: 'Jaw', upper: true, countsForGeneralizedPain: false },
  shoulder_girdle: { label: 'Shoulder girdle', upper: true, countsForGeneralizedPain: true },
  upper_arm: { label: 'Upper arm', upper: true, countsForGeneralizedPain: true },
  lower_arm: { label: 'Lower arm', upper: true, countsForGeneralizedPain: true },
  hip: { label: 'Hip (buttock, trochanter)', upper: false, countsForGeneralizedPain: true },
  upper_leg: { label: 'Upper leg', upper: false, countsForGeneralizedPain: true },
  lower_leg: { label: 'Lower leg', upper: false, countsForGeneralizedPain: true },
};

const AXIAL: Record<string, { label: string; countsForGeneralizedPain: boolean }> = {
  neck: { label: 'Neck', countsForGeneralizedPain: true },
  upper_back: { label: 'Upper back', countsForGeneralizedPain: true },
  lower_back: { label: 'Lower back', countsForGeneralizedPain: true },
  chest: { label: 'Chest', countsForGeneralizedPain: false },
  abdomen: { label: 'Abdomen', countsForGeneralizedPain: false },
};

function factsOf(area: WpiArea): WpiAreaFacts {
  const axial = AXIAL[area];
  if (axial) return { ...axial, region: 'axial' };
  const family = area.slice(0, -2);
  const side = area.endsWith('_L') ? 'left' : 'right';
  const paired = PAIRED[family]!;
  return {
    label: `${paired.label}, client's ${side}`,
    region: `${side}_${paired.upper ? 'upper' : 'lower'}`,
    countsForGeneralizedPain: paired.countsForGeneralizedPain,
  };
}

export const WPI_AREA_FACTS: Record<WpiArea, WpiAreaFacts> = Object.fromEntries(
  WPI_AREAS.map((area) => [area, factsOf(area)]),
) as Record<WpiArea, WpiAreaFacts>;

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
