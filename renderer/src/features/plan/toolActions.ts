import type { Client } from '../../../../shared/domain/client';
import { FINDING_KIND_RULES, type PointKindRules } from '../../../../shared/domain/plan/finding-kinds';
import type { Finding, SessionPlan, Zone } from '../../../../shared/domain/plan/records';
import type { BrushStroke, PaintedRegion } from '../../../../shared/domain/plan/region';
import { targetHit, type SurfaceHit } from '../../../../shared/domain/plan/targets';
import { newZone } from '../../../../shared/domain/plan/zone-defaults';
import type { SkinSurface } from '../../scene/bodySurface';
import { createFinding, createZone, updateFinding, updateZone, type PendingChange } from './changes';
import { footprintOf, itemAt, tenderSiteAt } from './hitTesting';
import type { Selection } from './selection';
import type { ToolId } from './tools';

/** What a click or a stroke leads to: a change to make, a new selection, or what to tell the therapist. */
export type ToolOutcome = { make: PendingChange } | { select: Selection | null } | { problem: string } | null;

/** The plan as the click or the stroke found it. */
export interface ToolContext {
  plan: SessionPlan;
  client: Client | null;
  selection: Selection | null;
}

/** What one tool does with a click (every hit along the ray, nearest first) and with a brush stroke. */
export interface ToolAction {
  place?(hits: readonly SurfaceHit[], context: ToolContext): ToolOutcome;
  stroke?(stroke: BrushStroke, skin: SkinSurface, context: ToolContext): ToolOutcome;
}

const make = (change: PendingChange): ToolOutcome => ({ make: change });
const problem = (text: string): ToolOutcome => ({ problem: text });
const misplaced = (rules: { misplaced: string | null }) =>
  rules.misplaced === null ? null : problem(rules.misplaced);
const NOTHING_TO_ERASE = problem('Select a painted area to erase from');

function selectedFinding({ plan, selection }: ToolContext): Finding | undefined {
  return selection?.type === 'finding' ? plan.findings.find((f) => f.id === selection.id) : undefined;
}

function selectedZone({ plan, selection }: ToolContext): Zone | undefined {
  return selection?.type === 'zone' ? plan.zones.find((z) => z.id === selection.id) : undefined;
}

const extended = (region: PaintedRegion, stroke: BrushStroke): PaintedRegion => ({
  strokes: [...region.strokes, stroke],
});

/** A trigger point or an adhesion where the click anchors it, by the kind's own rule. */
function placing<K extends 'trigger_point' | 'adhesion'>(
  rules: PointKindRules<K>,
  label: string,
): ToolAction {
  return {
    place(hits, { plan }) {
      const anchor = rules.anchorAt(hits);
      return anchor ? make(createFinding(plan.session.id, rules.create(anchor), label)) : misplaced(rules);
    },
  };
}

/** Moves the selected point finding to the click, re-anchored as placing it there would; undo puts it back. */
const move: ToolAction = {
  place(hits, context) {
    const finding = selectedFinding(context);
    const body = finding?.body;
    if (body?.kind === 'trigger_point') {
      const rules = FINDING_KIND_RULES.trigger_point;
      const anchor = rules.anchorAt(hits);
      if (!anchor) return misplaced(rules);
      return make(updateFinding(finding!, rules.movedTo(body, anchor), 'Move a trigger point'));
    }
    if (body?.kind === 'adhesion') {
      const rules = FINDING_KIND_RULES.adhesion;
      const anchor = rules.anchorAt(hits);
      if (!anchor) return misplaced(rules);
      return make(updateFinding(finding!, rules.movedTo(body, anchor), 'Move an adhesion'));
    }
    return problem('Select a trigger point or an adhesion to move');
  },
};

/** The tender-point exam: a click on a site records it painful, a second click not painful. */
const tenderPoint: ToolAction = {
  place(hits, { plan }) {
    const surface = targetHit(hits, 'skin');
    const siteId = surface ? tenderSiteAt(surface) : null;
    if (!siteId) return problem('Click on one of the 18 tender-point sites');
    const label = 'Record a tender point';
    for (const finding of plan.findings) {
      const body = finding.body;
      if (body.kind === 'tender_point' && body.siteId === siteId)
        return make(updateFinding(finding, { ...body, painful: !body.painful }, label));
    }
    return make(createFinding(plan.session.id, FINDING_KIND_RULES.tender_point.create(siteId), label));
  },
};

/**
 * Paints a pain area or a caution zone: onto the selected one of the same kind, else a new one
 * with the kind's defaults.
 */
function painting(kind: 'pain_area' | 'caution', label: string): ToolAction {
  return {
    stroke(stroke, skin, context) {
      const finding = selectedFinding(context);
      if (finding?.body.kind === kind) return paintOnto(finding, stroke, skin);
      const region: PaintedRegion = { strokes: [stroke] };
      const body = FINDING_KIND_RULES[kind].create(region, footprintOf(region, skin));
      return make(createFinding(context.plan.session.id, body, label));
    },
  };
}

/** A stroke (paint or erase) added to a painted finding, or to a trigger point's referral zone. */
function paintOnto(finding: Finding, stroke: BrushStroke, skin: SkinSurface): ToolOutcome {
  const body = finding.body;
  switch (body.kind) {
    case 'pain_area':
    case 'caution': {
      const region = extended(body.region, stroke);
      return make(updateFinding(finding, { ...body, region, footprint: footprintOf(region, skin) }, 'Paint'));
    }
    case 'trigger_point': {
      const label = stroke.mode === 'erase' ? 'Erase referral' : 'Paint referral';
      return make(updateFinding(finding, { ...body, referral: extended(body.referral, stroke) }, label));
    }
    default:
      return null;
  }
}

/** A stroke added to the selected painted zone; null when no painted zone is selected. */
function paintZone(stroke: BrushStroke, skin: SkinSurface, context: ToolContext): ToolOutcome {
  const zone = selectedZone(context);
  if (zone?.body.target.kind !== 'region') return null;
  const region = extended(zone.body.target.region, stroke);
  return make(
    updateZone(
      zone,
      { ...zone.body, target: { kind: 'region', region, footprint: footprintOf(region, skin) } },
      'Paint',
    ),
  );
}

/** Every tool's handlers; a tool without `place` ignores clicks, one without `stroke` never paints. */
export const TOOL_ACTIONS: Record<ToolId, ToolAction> = {
  select: {
    place: (hits, { plan }) => {
      const first = hits[0];
      const structure = targetHit(hits, 'structure')?.structureId ?? null;
      return { select: first ? itemAt(first.point, structure, plan) : null };
    },
  },
  move,
  trigger_point: placing(FINDING_KIND_RULES.trigger_point, 'Place a trigger point'),
  adhesion: placing(FINDING_KIND_RULES.adhesion, 'Place an adhesion'),
  tender_point: tenderPoint,
  pain_area: painting('pain_area', 'Paint a pain area'),
  caution: painting('caution', 'Paint a caution zone'),
  zone_paint: {
    stroke(stroke, skin, context) {
      const onSelected = paintZone(stroke, skin, context);
      if (onSelected) return onSelected;
      const region: PaintedRegion = { strokes: [stroke] };
      const target = { kind: 'region', region, footprint: footprintOf(region, skin) } as const;
      return make(createZone(context.plan.session.id, newZone(target, context.client), 'Paint a zone'));
    },
  },
  zone_structure: {
    place(hits, { plan, client }) {
      const hit = targetHit(hits, 'structure');
      if (!hit) return hits[0] ? problem('Click on a muscle or a fascial sheet for a zone') : null;
      const target = { kind: 'structure', structureId: hit.structureId } as const;
      return make(createZone(plan.session.id, newZone(target, client), 'Add a zone'));
    },
  },
  referral: {
    stroke(stroke, skin, context) {
      const finding = selectedFinding(context);
      return finding?.body.kind === 'trigger_point' ? paintOnto(finding, stroke, skin) : null;
    },
  },
  erase: {
    stroke(stroke, skin, context) {
      const finding = selectedFinding(context);
      if (finding) return paintOnto(finding, stroke, skin) ?? NOTHING_TO_ERASE;
      return paintZone(stroke, skin, context) ?? NOTHING_TO_ERASE;
    },
  },
};
