import { endangermentSites, type BodySite } from '../../anatomy';
import { contraindicationInfo, type ContraindicationCode } from '../contraindications';
import { describePressure, type PressureLevel } from '../pressure';
import { CONTRAINDICATION_RULES, type ContraindicationRule } from './contraindication-rules';
import type { FindingBody } from './findings';
import { bandRank, describePlannedPressure, exceedsTolerance, pressureBand } from './planned-pressure';
import type { ModelPoint, PaintedRegion } from './region';
import {
  toleranceFor,
  toleranceRegionLabel,
  toleranceRegionOf,
  type ClientTolerances,
} from './tolerance-regions';
import { zoneStructures, type ZoneBody } from './zones';

export const FLAG_KINDS = ['tolerance', 'caution', 'endangerment', 'contraindication'] as const;
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
  contraindications: readonly { code: ContraindicationCode }[];
  otherContraindications: readonly { name: string; absolute: boolean }[];
}

type Caution = Extract<FindingBody, { kind: 'caution' }>;

/** A painted zone this close to an endangerment site (beyond its brush) lies on it. */
const SITE_MARGIN_CM = 2;

export function planFlags(input: {
  zones: readonly { id: string; body: ZoneBody }[];
  cautions: readonly { id: string; body: Caution }[];
  client: SafetyClient;
  sites?: readonly BodySite[];
}): PlanFlag[] {
  const sites = input.sites ?? endangermentSites();
  return input.zones.flatMap(({ id, body }) => [
    ...toleranceFlags(id, body, input.client),
    ...input.cautions
      .filter((caution) => zoneMeetsCaution(body, caution.body))
      .map((caution) => ({
        key: `${id}|caution|${caution.id}`,
        zoneId: id,
        kind: 'caution' as const,
        reason: `Overlaps a caution zone (${caution.body.source === 'intake' ? 'from the intake' : 'marked by the therapist'}): ${caution.body.reason}`,
      })),
    ...sites
      .filter((site) => zoneMeetsSite(body, site))
      .map((site) => ({
        key: `${id}|endangerment|${site.id}`,
        zoneId: id,
        kind: 'endangerment' as const,
        reason: `Endangerment site, ${site.name}: ${site.description} No deep sustained pressure.`,
      })),
    ...contraindicationFlags(id, body, input.client),
  ]);
}

function toleranceFlags(zoneId: string, zone: ZoneBody, client: ClientTolerances): PlanFlag[] {
  const regions = new Set(zoneStructures(zone.target).map(toleranceRegionOf));
  if (regions.size === 0) regions.add(null);
  const flags: PlanFlag[] = [];
  const seen = new Set<string>();
  for (const region of regions) {
    const tolerance = toleranceFor(client, region);
    if (!tolerance || !exceedsTolerance(zone.pressure, tolerance.level)) continue;
    const where = tolerance.regionId ? `for ${toleranceRegionLabel(tolerance.regionId)}` : '(default)';
    if (seen.has(where)) continue;
    seen.add(where);
    flags.push({
      key: `${zoneId}|tolerance|${tolerance.regionId ?? 'default'}`,
      zoneId,
      kind: 'tolerance',
      reason:
        `${describePlannedPressure(zone.pressure)} is above the client’s tolerance ${where}: ` +
        `${describeTolerance(tolerance.level)}` +
        (zone.pressure.scale === tolerance.level.scale
          ? ''
          : ' (compared as light / moderate / firm / deep)'),
    });
  }
  return flags;
}

function describeTolerance(level: PressureLevel): string {
  return `${describePressure(level)}, measured ${level.measuredOn}`;
}

function contraindicationFlags(zoneId: string, zone: ZoneBody, client: SafetyClient): PlanFlag[] {
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
  const codes = new Set(client.contraindications.map((item) => item.code));
  const relative = CONTRAINDICATION_RULES.flatMap((rule, index) =>
    codes.has(rule.code) && ruleApplies(rule, zone)
      ? [
          {
            key: `${zoneId}|contraindication|rule${index}`,
            zoneId,
            kind: 'contraindication' as const,
            reason: rule.reason,
          },
        ]
      : [],
  );
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
    .flatMap((stroke) => stroke.stamps.map((point) => ({ point, radius: stroke.radiusCm })));
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

function zoneMeetsSite(zone: ZoneBody, site: BodySite): boolean {
  if (zone.target.kind === 'structure') return zone.target.structureId === site.structureId;
  return paintStamps(zone.target.region).some(
    (stamp) => distance(stamp.point, site.point) <= stamp.radius + SITE_MARGIN_CM,
  );
}
