import { endangermentSites, type BodySite } from '../../anatomy';
import { contraindicationInfo, type ContraindicationCode } from '../contraindications';
import { describePressure, type PressureLevel } from '../pressure';
import { describeRegions, footprintRegions, overlaps, zoneRegions, type BodyPlace } from './body-places';
import { CONTRAINDICATION_RULES, type ContraindicationRule } from './contraindication-rules';
import type { FindingBody } from './findings';
import { flareReaches, flareReason, type FlareReport } from './flare';
import {
  bandRank,
  describePlannedPressure,
  exceedsTolerance,
  pressureBand,
  type PlannedPressure,
} from './planned-pressure';
import { stampRadiusCm, type ModelPoint, type PaintedRegion } from './region';
import { distanceToStructure } from './structure-reach';
import {
  toleranceFor,
  toleranceRegionLabel,
  toleranceRegionOf,
  type ClientTolerances,
} from './tolerance-regions';
import { zoneStructures, type ZoneBody } from './zones';

export const FLAG_KINDS = ['tolerance', 'caution', 'endangerment', 'contraindication', 'flare'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** Something about a planned zone the therapist must see, and acknowledge, before starting. */
export interface PlanFlag {
  /** Stable while the plan is unchanged, so an acknowledgement names exactly this flag. */
  key: string;
  zoneId: string;
  kind: FlagKind;
  reason: string;
}

export interface SafetyClient extends ClientTolerances {
  /** Each with the regions it lies in, where the intake gives them (a scar, a fracture). */
  contraindications: readonly { code: ContraindicationCode; regions?: readonly string[]; note?: string }[];
  otherContraindications: readonly { name: string; absolute: boolean }[];
  areasToAvoid?: readonly BodyPlace[];
}

type Caution = Extract<FindingBody, { kind: 'caution' }>;

export interface FlagZone {
  id: string;
  body: ZoneBody;
  /** The pressure the zone had in the session it was carried from, when it was carried. */
  carriedPressure?: PlannedPressure | null;
}

/** A painted zone this close to an endangerment site (beyond its brush) lies on it. */
const SITE_MARGIN_CM = 2;

export function planFlags(input: {
  zones: readonly FlagZone[];
  cautions: readonly { id: string; body: Caution }[];
  client: SafetyClient;
  sites?: readonly BodySite[];
  /** The soreness or flare reported since the session the carried zones came from. */
  lastReport?: FlareReport | null;
}): PlanFlag[] {
  const sites = input.sites ?? endangermentSites();
  const marked = markedAsNoTouch(input.cautions);
  return input.zones.flatMap(({ id, body, carriedPressure }) => [
    ...toleranceFlags(id, body, input.client),
    ...input.cautions
      .filter((caution) => zoneMeetsCaution(body, caution.body))
      .map((caution) => ({
        key: `${id}|caution|${caution.id}`,
        zoneId: id,
        kind: 'caution' as const,
        reason: `Overlaps a caution zone (${caution.body.source === 'intake' ? 'from the intake' : 'marked by the therapist'}): ${caution.body.reason}`,
      })),
    ...endangermentFlags(id, body, sites),
    ...contraindicationFlags(id, body, input.client, marked),
    ...avoidFlags(id, body, input.client.areasToAvoid ?? [], marked),
    ...(input.lastReport && carriedPressure && flareReaches(input.lastReport, body)
      ? [
          {
            key: `${id}|flare|${input.lastReport.reportedOn}`,
            zoneId: id,
            kind: 'flare' as const,
            reason: flareReason(input.lastReport, carriedPressure, body.pressure),
          },
        ]
      : []),
  ]);
}

/**
 * One flag per site a zone reaches: a zone across the throat reaches both sides of the anterior
 * neck, one danger told once.
 */
function endangermentFlags(zoneId: string, zone: ZoneBody, sites: readonly BodySite[]): PlanFlag[] {
  return sitesByPair(sites.filter((candidate) => zoneMeetsSite(zone, candidate))).map((sides) => ({
    key: `${zoneId}|endangerment|${sides.map((site) => site.id).join('+')}`,
    zoneId,
    kind: 'endangerment' as const,
    reason: endangermentReason(sides),
  }));
}

/** A point mark (a trigger point, an adhesion) this close to an endangerment site lies on it, cm. */
const POINT_REACH_CM = 3;

/**
 * What a trigger point or an adhesion placed on an endangerment site says, in the words of the
 * zone's flag: the mark is where the therapist will treat, so the warning is given where it is made.
 */
export function endangermentNear(
  point: ModelPoint,
  sites: readonly BodySite[] = endangermentSites(),
): string[] {
  return sitesByPair(sites.filter((site) => distance(point, site.point) <= POINT_REACH_CM)).map(
    endangermentReason,
  );
}

/** The sites grouped by their pair (left and right of one site together). */
function sitesByPair(sites: readonly BodySite[]): [BodySite, ...BodySite[]][] {
  const pairs = new Map<string, [BodySite, ...BodySite[]]>();
  for (const site of sites) {
    const pair = site.id.replace(/_[LR]$/, '');
    const known = pairs.get(pair);
    if (known) known.push(site);
    else pairs.set(pair, [site]);
  }
  return [...pairs.values()];
}

function endangermentReason(sides: readonly [BodySite, ...BodySite[]]): string {
  const [first] = sides;
  const name = sides.length > 1 ? `${first.name.replace(/ \(client's \w+\)$/, '')} (both sides)` : first.name;
  return `Endangerment site, ${name}: ${first.description} No deep sustained pressure.`;
}

/**
 * Whether a place is marked as a no-touch (caution) zone: every region of it lies under a caution
 * zone. Then the place's own flag is already met: a zone reaching the caution zone is flagged for
 * that overlap, and a zone elsewhere in the region is clear of it, so flagging the region again
 * would only repeat what the caution zone says.
 */
function markedAsNoTouch(cautions: readonly { body: Caution }[]): (place: readonly string[]) => boolean {
  const covered = new Set(cautions.flatMap((caution) => [...footprintRegions(caution.body.footprint)]));
  return (place) => place.length > 0 && place.every((region) => covered.has(region));
}

/** Where a place is, as its flag says it: its regions, and the intake's note when there is one. */
function describePlace(place: { regions: readonly string[]; note?: string }): string {
  return describeRegions(place.regions) + (place.note ? ` (${place.note})` : '');
}

function avoidFlags(
  zoneId: string,
  zone: ZoneBody,
  areas: readonly BodyPlace[],
  marked: (place: readonly string[]) => boolean,
): PlanFlag[] {
  const regions = zoneRegions(zone.target);
  // Keyed by the area's place in the intake's list: two areas may share their regions.
  return areas.flatMap((area, index) =>
    overlaps(regions, area.regions) && !marked(area.regions)
      ? [
          {
            key: `${zoneId}|avoid|${index}`,
            zoneId,
            kind: 'caution' as const,
            reason: `Over an area the client asked to avoid: ${describePlace(area)}`,
          },
        ]
      : [],
  );
}

/**
 * A zone is checked against the tolerance of each region it lies in, and against the default
 * only for regions with none of their own. The envelope and midline structures of a painted zone
 * (the superficial fascia under every stroke) lie in no single region: they bring in the default
 * only when the zone lies in no region at all, so a low-back zone with its own tolerance is not
 * held to the default through the fascia beneath it.
 */
function toleranceFlags(zoneId: string, zone: ZoneBody, client: ClientTolerances): PlanFlag[] {
  const placed = zoneStructures(zone.target)
    .map(toleranceRegionOf)
    .filter((region) => region !== null);
  // The regions above their tolerance, grouped by the tolerance that applies: a region's own, or
  // the default (under `null`) for every region without one.
  const over = new Map<string | null, { level: PressureLevel; regions: string[] }>();
  for (const region of new Set<string | null>(placed.length > 0 ? placed : [null])) {
    const tolerance = toleranceFor(client, region);
    if (!tolerance || !exceedsTolerance(zone.pressure, tolerance.level)) continue;
    const entry = over.get(tolerance.regionId) ?? { level: tolerance.level, regions: [] };
    if (region) entry.regions.push(region);
    over.set(tolerance.regionId, entry);
  }
  if (over.size === 0) return [];
  const parts = [...over].map(([regionId, { level, regions }]) => {
    const where = regionId
      ? `for ${toleranceRegionLabel(regionId)}`
      : regions.length > 0
        ? `(default, over ${describeRegions(regions)})`
        : '(default)';
    const across = zone.pressure.scale === level.scale ? '' : ' (compared as light / moderate / firm / deep)';
    return `${where}: ${describeTolerance(level)}${across}`;
  });
  return [
    {
      key: `${zoneId}|tolerance|${[...over.keys()].map((id) => id ?? 'default').join('+')}`,
      zoneId,
      kind: 'tolerance',
      reason: `${describePlannedPressure(zone.pressure)} is above the client’s tolerance ${parts.join('; and ')}`,
    },
  ];
}

function describeTolerance(level: PressureLevel): string {
  return `${describePressure(level)}, measured ${level.measuredOn}`;
}

function contraindicationFlags(
  zoneId: string,
  zone: ZoneBody,
  client: SafetyClient,
  marked: (place: readonly string[]) => boolean,
): PlanFlag[] {
  const absolute = [
    ...client.contraindications
      .map((item) => contraindicationInfo(item.code))
      .filter((info) => info.absolute)
      .map((info) => ({ id: info.code, name: info.label })),
    ...client.otherContraindications
      .filter((item) => item.absolute)
      .map((item) => ({ id: `other:${item.name}`, name: item.name })),
  ].map((item) => ({
    key: `${zoneId}|contraindication|${item.id}`,
    zoneId,
    kind: 'contraindication' as const,
    reason: `${item.name} is an absolute contraindication: no myofascial release without the physician’s clearance`,
  }));
  const relative = CONTRAINDICATION_RULES.flatMap((rule) => {
    const item = client.contraindications.find((entry) => entry.code === rule.code);
    if (!item || !ruleApplies(rule, zone)) return [];
    const place = { regions: item.regions ?? [], note: item.note };
    let reason = rule.reason;
    if (rule.when.atPlace) {
      if (
        place.regions.length > 0 &&
        (marked(place.regions) || !overlaps(zoneRegions(zone.target), place.regions))
      )
        return [];
      reason +=
        place.regions.length > 0
          ? `; it lies over ${describePlace(place)}`
          : '; the intake gives no place for it, so every zone is flagged: pick its regions in the intake';
    }
    const id = rule.variant ? `${rule.code}/${rule.variant}` : rule.code;
    return [{ key: `${zoneId}|contraindication|${id}`, zoneId, kind: 'contraindication' as const, reason }];
  });
  return [...absolute, ...relative];
}

function ruleApplies(rule: ContraindicationRule, zone: ZoneBody): boolean {
  const { pressureAtLeast, techniqueIds, regions } = rule.when;
  if (pressureAtLeast && bandRank(pressureBand(zone.pressure)) < bandRank(pressureAtLeast)) return false;
  if (techniqueIds && !techniqueIds.includes(zone.techniqueId)) return false;
  if (regions) {
    const families = zoneStructures(zone.target)
      .map(toleranceRegionOf)
      .map((region) => region?.replace(/_[LR]$/, ''));
    if (!families.some((family) => family && regions.includes(family))) return false;
  }
  return true;
}

function paintStamps(region: PaintedRegion): { point: ModelPoint; radius: number }[] {
  return region.strokes
    .filter((stroke) => stroke.mode === 'paint')
    .flatMap((stroke) => stroke.stamps.map((point, i) => ({ point, radius: stampRadiusCm(stroke, i) })));
}

function distance(a: ModelPoint | readonly number[], b: ModelPoint | readonly number[]): number {
  return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
}

/**
 * Painted areas are compared by their paint stamps, ignoring later erasing: a zone that merely
 * comes near a caution area is flagged rather than missed.
 */
function zoneMeetsCaution(zone: ZoneBody, caution: Caution): boolean {
  if (zone.target.kind === 'structure') return caution.footprint.includes(zone.target.structureId);
  const cautionStamps = paintStamps(caution.region);
  return paintStamps(zone.target.region).some((a) =>
    cautionStamps.some((b) => distance(a.point, b.point) <= a.radius + b.radius),
  );
}

/**
 * A structure zone reaches a site on its structure, or on a structure lying this close to it, cm:
 * the deep cervical fascia over the throat, the gastrocnemius heads beside the popliteal fossa.
 */
const STRUCTURE_REACH_CM = 1;

function zoneMeetsSite(zone: ZoneBody, site: BodySite): boolean {
  if (zone.target.kind === 'structure') {
    const { structureId } = zone.target;
    return (
      structureId === site.structureId || distanceToStructure(site.point, structureId) <= STRUCTURE_REACH_CM
    );
  }
  return paintStamps(zone.target.region).some(
    (stamp) => distance(stamp.point, site.point) <= stamp.radius + SITE_MARGIN_CM,
  );
}
