import { tenderPointSites } from '../../../../shared/anatomy';
import { coveredPatchIndices } from '../../../../shared/domain/plan/coverage';
import type { FindingBody } from '../../../../shared/domain/plan/findings';
import type { SessionPlan } from '../../../../shared/domain/plan/records';
import { stampRadiusCm, type ModelPoint, type PaintedRegion } from '../../../../shared/domain/plan/region';
import type { SurfaceHit } from '../../../../shared/domain/plan/targets';
import { zoneStructures } from '../../../../shared/domain/plan/zones';
import type { SkinSurface } from '../../scene/bodySurface';
import type { Selection } from './selection';

/** A click this close to a mark picks it, cm. */
const PICK_RADIUS_CM = 4;

const distance = (a: ModelPoint, b: readonly number[]) =>
  Math.hypot(a[0] - b[0]!, a[1] - b[1]!, a[2] - b[2]!);

function pointOf(body: FindingBody): ModelPoint | null {
  if (body.kind === 'trigger_point' || body.kind === 'adhesion') return body.anchor.point;
  if (body.kind === 'tender_point') {
    const site = tenderPointSites().find((s) => s.id === body.siteId);
    return site ? [...site.point] : null;
  }
  return null;
}

function regionOf(body: FindingBody): PaintedRegion | null {
  return body.kind === 'pain_area' || body.kind === 'caution' ? body.region : null;
}

/** Whether paint (not erased since) lies under a point. */
function paintedAt(region: PaintedRegion, point: ModelPoint): boolean {
  let covered = false;
  for (const stroke of region.strokes) {
    if (stroke.stamps.some((stamp, i) => distance(point, stamp) <= stampRadiusCm(stroke, i)))
      covered = stroke.mode === 'paint';
  }
  return covered;
}

/**
 * What a click in select mode picks: the nearest point mark within reach, else the painted area
 * under the click (zones before findings, as the plan is what is being worked on), else a zone
 * on the structure clicked.
 */
export function itemAt(point: ModelPoint, structureId: string | null, plan: SessionPlan): Selection | null {
  let best: { selection: Selection; distance: number } | null = null;
  for (const finding of plan.findings) {
    const at = pointOf(finding.body);
    const d = at ? distance(point, at) : Infinity;
    if (d <= PICK_RADIUS_CM && (!best || d < best.distance))
      best = { selection: { type: 'finding', id: finding.id }, distance: d };
  }
  if (best) return best.selection;
  const zone = plan.zones.find(
    (z) => z.body.target.kind === 'region' && paintedAt(z.body.target.region, point),
  );
  if (zone) return { type: 'zone', id: zone.id };
  const area = plan.findings.find((f) => {
    const region = regionOf(f.body);
    return region !== null && paintedAt(region, point);
  });
  if (area) return { type: 'finding', id: area.id };
  const onStructure = plan.zones.find(
    (z) =>
      z.body.target.kind === 'structure' &&
      structureId !== null &&
      zoneStructures(z.body.target).includes(structureId),
  );
  return onStructure ? { type: 'zone', id: onStructure.id } : null;
}

/**
 * A site this far in front of or behind the surface clicked (along its normal) is not on it, cm:
 * it lies on the far side of a shoulder or a neck that happens to be within reach.
 */
const SITE_OFF_SURFACE_CM = 3;

/**
 * The tender-point site nearest a click, if the click is close enough to be meant for it and the
 * site is on the surface clicked, the one facing the therapist.
 */
export function tenderSiteAt(surface: Pick<SurfaceHit, 'point' | 'normal'>): string | null {
  const { point, normal } = surface;
  const length = Math.hypot(...normal) || 1;
  let best: { id: string; distance: number } | null = null;
  for (const site of tenderPointSites()) {
    const d = distance(point, site.point);
    const offSurface = Math.abs(
      ((site.point[0] - point[0]) * normal[0] +
        (site.point[1] - point[1]) * normal[1] +
        (site.point[2] - point[2]) * normal[2]) /
        length,
    );
    if (d > PICK_RADIUS_CM * 1.5 || offSurface > SITE_OFF_SURFACE_CM) continue;
    if (!best || d < best.distance) best = { id: site.id, distance: d };
  }
  return best?.id ?? null;
}

/** The structures beneath a painted region's skin, most covered first: what main checks the plan against. */
export function footprintOf(region: PaintedRegion, skin: SkinSurface): string[] {
  const areaBy = new Map<string, number>();
  for (const i of coveredPatchIndices(region, skin.surface)) {
    const patch = skin.surface.patches[i]!;
    areaBy.set(patch.structureId, (areaBy.get(patch.structureId) ?? 0) + patch.areaCm2);
  }
  return [...areaBy]
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => id)
    .slice(0, 400);
}
