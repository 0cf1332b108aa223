import { useCallback, useEffect, type RefObject } from 'react';
import { structureById } from '../../../../shared/anatomy';
import type { BrushStroke, ModelPoint, PaintedRegion } from '../../../../shared/domain/plan/region';
import type { BodyViewerHandle } from '../../scene/BodyViewer';
import type { SkinSurface } from '../../scene/bodySurface';
import type { PickHit } from '../../scene/model/picking';
import { createFinding, createZone, updateFinding, updateZone, type PendingChange } from './changes';
import { newZone } from './defaults';
import { footprintOf, itemAt, tenderSiteAt } from './hitTesting';
import { useLiveStroke } from './liveStroke';
import { muscleAnchor, paintPoint, surfaceAnchor, tangentDirection, tangentOf } from './placement';
import { usePlanStore } from './planStore';
import { toolById } from './tools';

const ADHESION_DEPTH_BY_LAYER = {
  superficial_fascia: 'superficial_fascia',
  deep_fascia: 'deep_fascia',
  superficial_muscle: 'muscle',
  deep_muscle: 'muscle',
  skeleton: 'deep_fascia',
} as const;

/** A click with a placing tool: the finding or zone it makes, or why it cannot. */
function placeAt(hits: readonly PickHit[]): PendingChange | string | null {
  const { tool, plan, client } = usePlanStore.getState();
  if (!plan) return null;
  const sessionId = plan.session.id;
  switch (tool) {
    case 'trigger_point': {
      const anchor = muscleAnchor(hits);
      if (!anchor) return 'A trigger point lies in a muscle: click on a muscle';
      return createFinding(
        sessionId,
        { kind: 'trigger_point', anchor, state: 'active' },
        'Place a trigger point',
      );
    }
    case 'adhesion': {
      const anchor = surfaceAnchor(hits);
      if (!anchor) return null;
      const point = anchor.point as ModelPoint;
      const normal = anchor.normal as ModelPoint;
      const direction =
        tangentDirection('superior', point, normal) ?? tangentDirection('lateral', point, normal)!;
      return createFinding(
        sessionId,
        {
          kind: 'adhesion',
          anchor,
          direction,
          depth: ADHESION_DEPTH_BY_LAYER[anchor.layer],
          severity: 'moderate',
        },
        'Place an adhesion',
      );
    }
    case 'tender_point': {
      const siteId = hits[0] ? tenderSiteAt(hits[0].point) : null;
      if (!siteId) return 'Click on one of the 18 tender-point sites';
      const existing = plan.findings.find((f) => f.body.kind === 'tender_point' && f.body.siteId === siteId);
      if (existing && existing.body.kind === 'tender_point') {
        return updateFinding(
          existing,
          { ...existing.body, painful: !existing.body.painful },
          'Record a tender point',
        );
      }
      return createFinding(
        sessionId,
        { kind: 'tender_point', siteId, painful: true },
        'Record a tender point',
      );
    }
    case 'move':
      return moveSelectedTo(hits);
    case 'zone_structure': {
      const hit = hits.find((h) => structureById(h.structureId)?.kind === 'muscle') ?? hits[0];
      if (!hit) return null;
      return createZone(
        sessionId,
        newZone({ kind: 'structure', structureId: hit.structureId }, client),
        'Add a zone',
      );
    }
    default:
      return null;
  }
}

/**
 * Moves the selected point finding to the click, re-anchored exactly as placing it there would
 * (a trigger point in the muscle, an adhesion on the surface); undo puts it back.
 */
function moveSelectedTo(hits: readonly PickHit[]): PendingChange | string | null {
  const { plan, selection } = usePlanStore.getState();
  const finding =
    selection?.type === 'finding' ? plan?.findings.find((f) => f.id === selection.id) : undefined;
  const body = finding?.body;
  if (!finding || (body?.kind !== 'trigger_point' && body?.kind !== 'adhesion')) {
    return 'Select a trigger point or an adhesion to move';
  }
  if (body.kind === 'trigger_point') {
    const anchor = muscleAnchor(hits);
    if (!anchor) return 'A trigger point lies in a muscle: click on a muscle';
    return updateFinding(finding, { ...body, anchor }, 'Move a trigger point');
  }
  const anchor = surfaceAnchor(hits);
  if (!anchor) return null;
  const point = anchor.point as ModelPoint;
  const normal = anchor.normal as ModelPoint;
  // The restriction keeps its direction, laid onto the surface at its new place.
  const direction =
    tangentOf(body.direction, normal) ??
    tangentDirection('superior', point, normal) ??
    tangentDirection('lateral', point, normal)!;
  return updateFinding(finding, { ...body, anchor, direction }, 'Move an adhesion');
}

/** Adds a stroke to the selected painted item the tool works on, or makes a new one. */
function commitStroke(stroke: BrushStroke, skin: SkinSurface): PendingChange | string | null {
  const { tool, plan, client, selection } = usePlanStore.getState();
  if (!plan) return null;
  const sessionId = plan.session.id;
  const finding =
    selection?.type === 'finding' ? plan.findings.find((f) => f.id === selection.id) : undefined;
  const zone = selection?.type === 'zone' ? plan.zones.find((z) => z.id === selection.id) : undefined;
  const extend = (region: PaintedRegion): PaintedRegion => ({ strokes: [...region.strokes, stroke] });
  const fresh: PaintedRegion = { strokes: [stroke] };

  if (tool === 'pain_area' || tool === 'caution' || (tool === 'erase' && finding)) {
    const body = finding?.body;
    if (
      finding &&
      body &&
      (body.kind === 'pain_area' || body.kind === 'caution') &&
      (tool === 'erase' || body.kind === tool)
    ) {
      const region = extend(body.region);
      return updateFinding(finding, { ...body, region, footprint: footprintOf(region, skin) }, 'Paint');
    }
    if (finding && body?.kind === 'trigger_point' && tool === 'erase') {
      return updateFinding(finding, { ...body, referral: extend(body.referral) }, 'Erase referral');
    }
    if (tool === 'erase') return 'Select a painted area to erase from';
    const footprint = footprintOf(fresh, skin);
    return tool === 'pain_area'
      ? createFinding(
          sessionId,
          { kind: 'pain_area', region: fresh, footprint, intensity: 5, quality: 'aching' },
          'Paint a pain area',
        )
      : createFinding(
          sessionId,
          {
            kind: 'caution',
            region: fresh,
            footprint,
            source: 'therapist',
            reason: 'Marked by the therapist',
          },
          'Paint a caution zone',
        );
  }
  if (tool === 'zone_paint' || tool === 'erase') {
    if (zone && zone.body.target.kind === 'region') {
      const region = extend(zone.body.target.region);
      return updateZone(
        zone,
        { ...zone.body, target: { kind: 'region', region, footprint: footprintOf(region, skin) } },
        'Paint',
      );
    }
    if (tool === 'erase') return 'Select a painted area to erase from';
    return createZone(
      sessionId,
      newZone({ kind: 'region', region: fresh, footprint: footprintOf(fresh, skin) }, client),
      'Paint a zone',
    );
  }
  if (tool === 'referral' && finding?.body.kind === 'trigger_point') {
    return updateFinding(
      finding,
      { ...finding.body, referral: extend(finding.body.referral) },
      'Paint referral',
    );
  }
  return null;
}

async function run(outcome: PendingChange | string | null): Promise<void> {
  const store = usePlanStore.getState();
  if (typeof outcome === 'string') usePlanStore.setState({ problem: outcome });
  else if (outcome) await store.make(outcome);
}

/**
 * Turns clicks and drags on the model into findings and zones. Painting takes the pointer before
 * the camera controls see it (capture phase), so a brush stroke never also turns the body.
 */
export function useModelInput(
  element: RefObject<HTMLElement | null>,
  viewer: RefObject<BodyViewerHandle | null>,
  skin: SkinSurface | null,
) {
  const onPick = useCallback((hits: PickHit[]) => {
    const { tool, plan, select } = usePlanStore.getState();
    if (!plan || plan.session.locked) return;
    if (tool === 'select') {
      const first = hits[0];
      select(
        first
          ? itemAt(
              first.point,
              hits.find((h) => structureById(h.structureId)?.kind === 'muscle')?.structureId ?? null,
              plan,
            )
          : null,
      );
      return;
    }
    void run(placeAt(hits));
  }, []);

  useEffect(() => {
    const target = element.current;
    if (!target || !skin) return;
    let stroke: BrushStroke | null = null;
    let pending: PointerEvent | null = null;
    const paints = () => {
      const { tool, plan } = usePlanStore.getState();
      return toolById(tool).paints && plan !== null && !plan.session.locked;
    };
    const pointAt = (event: PointerEvent) => {
      const hits = viewer.current?.pickAtClient(event.clientX, event.clientY) ?? [];
      return paintPoint(hits);
    };
    const onDown = (event: PointerEvent) => {
      if (event.button !== 0 || !paints() || !(event.target instanceof HTMLCanvasElement)) return;
      event.stopPropagation();
      const point = pointAt(event);
      if (!point) return;
      target.setPointerCapture(event.pointerId);
      const { tool, brushRadiusCm } = usePlanStore.getState();
      stroke = { mode: tool === 'erase' ? 'erase' : 'paint', radiusCm: brushRadiusCm, stamps: [point] };
      useLiveStroke.getState().set(stroke);
    };
    const onMove = (event: PointerEvent) => {
      if (!stroke) return;
      event.stopPropagation();
      const first = pending === null;
      pending = event;
      if (!first) return;
      requestAnimationFrame(() => {
        const latest = pending;
        pending = null;
        if (!latest || !stroke) return;
        const point = pointAt(latest);
        const last = stroke.stamps.at(-1)!;
        if (
          !point ||
          Math.hypot(point[0] - last[0], point[1] - last[1], point[2] - last[2]) < stroke.radiusCm * 0.4
        )
          return;
        if (stroke.stamps.length >= 2000) return;
        stroke = { ...stroke, stamps: [...stroke.stamps, point] };
        useLiveStroke.getState().set(stroke);
      });
    };
    const onUp = (event: PointerEvent) => {
      if (!stroke) return;
      event.stopPropagation();
      const finished = stroke;
      stroke = null;
      pending = null;
      void run(commitStroke(finished, skin)).finally(() => useLiveStroke.getState().set(null));
    };
    target.addEventListener('pointerdown', onDown, true);
    target.addEventListener('pointermove', onMove, true);
    target.addEventListener('pointerup', onUp, true);
    return () => {
      target.removeEventListener('pointerdown', onDown, true);
      target.removeEventListener('pointermove', onMove, true);
      target.removeEventListener('pointerup', onUp, true);
    };
  }, [element, viewer, skin]);

  return onPick;
}
