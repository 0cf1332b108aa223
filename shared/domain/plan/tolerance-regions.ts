import { structureById, type Region } from '../../anatomy';
import type { PressureLevel } from '../pressure';

/**
 * The body regions a client's pressure tolerance is recorded for: the atlas's regions, with the
 * client's side for the paired ones. Fixed ids, so a tolerance typed at intake and a zone planned
 * on the model name the same place.
 */
const AXIAL: readonly { region: Region; label: string }[] = [
  { region: 'head', label: 'Head and face' },
  { region: 'neck', label: 'Neck' },
  { region: 'upper_back', label: 'Upper back' },
  { region: 'lower_back', label: 'Lower back' },
  { region: 'chest', label: 'Chest' },
  { region: 'abdomen', label: 'Abdomen' },
];

const PAIRED: readonly { region: Region; label: string }[] = [
  { region: 'shoulder', label: 'Shoulder' },
  { region: 'upper_arm', label: 'Upper arm' },
  { region: 'forearm', label: 'Forearm' },
  { region: 'hand', label: 'Hand' },
  { region: 'pelvis', label: 'Hip and buttock' },
  { region: 'thigh', label: 'Thigh' },
  { region: 'leg', label: 'Lower leg' },
  { region: 'foot', label: 'Foot' },
];

export interface ToleranceRegion {
  id: string;
  label: string;
}

export const TOLERANCE_REGIONS: readonly ToleranceRegion[] = [
  ...AXIAL.map(({ region, label }) => ({ id: region, label })),
  ...PAIRED.flatMap(({ region, label }) => [
    { id: `${region}_L`, label: `${label} (client's left)` },
    { id: `${region}_R`, label: `${label} (client's right)` },
  ]),
];

const PAIRED_REGIONS = new Set(PAIRED.map((entry) => entry.region));

/**
 * The tolerance region a structure lies in. A midline structure of a paired region (the sacrum in
 * the pelvis) and the whole-body envelope belong to no single region: the default tolerance applies.
 */
export function toleranceRegionOf(structureId: string): string | null {
  const structure = structureById(structureId);
  if (!structure || structure.region === 'whole_body') return null;
  if (!PAIRED_REGIONS.has(structure.region)) return structure.region;
  if (structure.side === 'midline') return null;
  return `${structure.region}_${structure.side === 'left' ? 'L' : 'R'}`;
}

export function toleranceRegionLabel(id: string): string {
  return TOLERANCE_REGIONS.find((region) => region.id === id)?.label ?? id;
}

export interface ClientTolerances {
  toleranceDefault: PressureLevel | null;
  toleranceByRegion: readonly { region: string; level: PressureLevel }[];
}

/** The tolerance that applies in a region: the region's own, else the client's default. */
export function toleranceFor(
  client: ClientTolerances,
  regionId: string | null,
): { level: PressureLevel; regionId: string | null } | null {
  const own = regionId ? client.toleranceByRegion.find((entry) => entry.region === regionId) : undefined;
  if (own) return { level: own.level, regionId };
  return client.toleranceDefault ? { level: client.toleranceDefault, regionId: null } : null;
}
