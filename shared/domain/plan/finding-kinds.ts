import { structureById, structureLabel, type Layer } from '../../anatomy';
import { ACR_TENDER_THRESHOLD_KG_CM2 } from '../algometer-units';
import { ALGOMETER_RANGE_KG_CM2 } from '../pressure';
import { anchoredStructure, type SurfaceAnchorInput } from './anchor';
import type { ADHESION_DEPTHS, FindingBody, FindingBodyInput, FindingKind } from './findings';
import { muscleAnchor, surfaceAnchor } from './placing';
import type { SurfaceHit } from './targets';
import type { ModelPoint, PaintedRegion } from './region';
import { directionMovedTo, startingDirection } from './restriction';

type Body<K extends FindingKind> = Extract<FindingBody, { kind: K }>;
type NewBody<K extends FindingKind> = Extract<FindingBodyInput, { kind: K }>;

/** What every kind answers, whatever way it is put on the model. */
interface KindRules<K extends FindingKind> {
  /** Brought into the next session by "Start from the last session". */
  carriesForward: boolean;
  /** The structure the finding is named by in lists and printouts, when it has one. */
  structure(body: Body<K>): string | null;
}

/** Placed with a click, anchored to the anatomy under it. */
export interface PointKindRules<K extends 'trigger_point' | 'adhesion'> extends KindRules<K> {
  /** Where a click anchors it, from the hits under the cursor (nearest first); null where it cannot go. */
  anchorAt(hits: readonly SurfaceHit[]): SurfaceAnchorInput | null;
  /** What to tell the therapist when a click anchored nothing, or null when nothing needs saying. */
  misplaced: string | null;
  create(anchor: SurfaceAnchorInput): NewBody<K>;
  /** The same finding, re-anchored exactly as placing it at the new anchor would. */
  movedTo(body: Body<K>, anchor: SurfaceAnchorInput): NewBody<K>;
}

/** Painted with a brush; the footprint is the structures the paint lies over. */
export interface PaintedKindRules<K extends 'pain_area' | 'caution'> extends KindRules<K> {
  create(region: PaintedRegion, footprint: string[]): NewBody<K>;
}

/** Recorded at one of the 18 fixed sites, by a set digital pressure. */
export interface SiteKindRules extends KindRules<'tender_point'> {
  create(siteId: string): NewBody<'tender_point'>;
  /** The pressure the site is tested with (ACR 1990), kg/cm²; the form asks in the clinic's unit. */
  examKgCm2: number;
  /** The range an algometer reading at the site may take, kg/cm². */
  algometerKgCm2: typeof ALGOMETER_RANGE_KG_CM2;
}

/**
 * An adhesion is recorded at the depth of the layer it was felt on; a restriction felt on bone is
 * the fascia over it.
 */
export const ADHESION_DEPTH_BY_LAYER: Record<Layer, (typeof ADHESION_DEPTHS)[number]> = {
  superficial_fascia: 'superficial_fascia',
  deep_fascia: 'deep_fascia',
  superficial_muscle: 'muscle',
  deep_muscle: 'muscle',
  skeleton: 'deep_fascia',
};

const anchorPlace = (anchor: SurfaceAnchorInput) =>
  [anchor.point as ModelPoint, anchor.normal as ModelPoint] as const;

/** A trigger point lies in a taut band of muscle: it is anchored in the muscle, under any fascia. */
const TRIGGER_POINT: PointKindRules<'trigger_point'> = {
  carriesForward: true,
  structure: (body) => anchoredStructure(body.anchor),
  anchorAt: muscleAnchor,
  misplaced: 'A trigger point lies in a muscle: click on a muscle',
  create: (anchor) => ({ kind: 'trigger_point', anchor, state: 'active' }),
  movedTo: (body, anchor) => ({ ...body, anchor }),
};

/**
 * An adhesion is felt at the surface the therapist touches, and is named by it (the thoracolumbar
 * fascia, not the latissimus beneath); a new one starts moderate, restricted superiorly where that
 * lies along the surface. Moved, it keeps its direction.
 */
const ADHESION: PointKindRules<'adhesion'> = {
  carriesForward: true,
  structure: (body) => body.anchor.structureId,
  anchorAt: surfaceAnchor,
  misplaced: null,
  create: (anchor) => ({
    kind: 'adhesion',
    anchor,
    direction: startingDirection(...anchorPlace(anchor)),
    depth: ADHESION_DEPTH_BY_LAYER[anchor.layer],
    severity: 'moderate',
  }),
  movedTo: (body, anchor) => ({
    ...body,
    anchor,
    direction: directionMovedTo(body.direction, ...anchorPlace(anchor)),
  }),
};

/** A new pain area starts mid-scale and aching, the commonest report, for the therapist to adjust. */
const PAIN_AREA: PaintedKindRules<'pain_area'> = {
  carriesForward: true,
  structure: (body) => body.footprint[0] ?? null,
  create: (region, footprint) => ({ kind: 'pain_area', region, footprint, intensity: 5, quality: 'aching' }),
};

/** A caution zone painted on the model is the therapist's own; the intake's come with their reason. */
const CAUTION: PaintedKindRules<'caution'> = {
  carriesForward: true,
  structure: (body) => body.footprint[0] ?? null,
  create: (region, footprint) => ({
    kind: 'caution',
    region,
    footprint,
    source: 'therapist',
    reason: 'Marked by the therapist',
  }),
};

/**
 * A tender point is recorded painful when the therapist first marks its site. Its results belong
 * to one exam: the exam is repeated each session rather than carried, or last week's count would
 * pass for this week's.
 */
const TENDER_POINT: SiteKindRules = {
  carriesForward: false,
  structure: () => null,
  create: (siteId) => ({ kind: 'tender_point', siteId, painful: true }),
  examKgCm2: ACR_TENDER_THRESHOLD_KG_CM2,
  algometerKgCm2: ALGOMETER_RANGE_KG_CM2,
};

/** The clinical rules of each kind of finding, for the plan, the services and the printout alike. */
export const FINDING_KIND_RULES = {
  trigger_point: TRIGGER_POINT,
  adhesion: ADHESION,
  pain_area: PAIN_AREA,
  caution: CAUTION,
  tender_point: TENDER_POINT,
} as const satisfies { [K in FindingKind]: KindRules<K> };

/** The structure a finding is named by, whatever its kind. */
export function findingStructure(body: FindingBody): string | null {
  return (FINDING_KIND_RULES[body.kind].structure as (body: FindingBody) => string | null)(body);
}

function nameOf(id: string): string {
  const structure = structureById(id);
  return structure ? structureLabel(structure) : id;
}

/**
 * What a finding sits on, in the words of lists, details and printouts: the structure it is named
 * by, and for an adhesion on fascia the muscle beneath ("Thoracolumbar fascia (client's left), over
 * Latissimus dorsi (client's left)"). Null for a finding with no structure (a tender point's site
 * names it instead).
 */
export function findingPlace(body: FindingBody): string | null {
  const structure = findingStructure(body);
  if (structure === null) return null;
  const beneath = body.kind === 'adhesion' ? body.anchor.muscleBeneathId : null;
  return beneath && beneath !== structure
    ? `${nameOf(structure)}, over ${nameOf(beneath)}`
    : nameOf(structure);
}
