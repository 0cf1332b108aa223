import { useCallback, useEffect, type RefObject } from 'react';
import { paintPoint } from '../../../../shared/domain/plan/placing';
import type { BrushStroke } from '../../../../shared/domain/plan/region';
import type { BodyViewerHandle } from '../../scene/BodyViewer';
import type { SkinSurface } from '../../scene/bodySurface';
import type { PickHit } from '../../scene/model/picking';
import { oncePerFrame } from '../../scene/pointer';
import { useLiveStroke } from './liveStroke';
import { usePlanStore } from './planStore';
import { TOOL_ACTIONS, type ToolContext, type ToolOutcome } from './toolActions';
import { toolById } from './tools';

/** A stroke keeps at most this many stamps: a brush held down for minutes stops growing. */
const MAX_STAMPS = 2000;
/** A new stamp is laid once the brush has moved this share of its radius from the last one. */
const STAMP_SPACING = 0.4;

/** The plan as it is now, for a tool to work on; null while none is loaded or it is locked. */
function editableContext(): ToolContext | null {
  const { plan, client, selection } = usePlanStore.getState();
  return plan && !plan.session.locked ? { plan, client, selection } : null;
}

async function carryOut(outcome: ToolOutcome): Promise<void> {
  const store = usePlanStore.getState();
  if (outcome === null) return;
  if ('problem' in outcome) usePlanStore.setState({ problem: outcome.problem });
  else if ('select' in outcome) store.select(outcome.select);
  else await store.make(outcome.make);
}

/**
 * Turns clicks and drags on the model into what the current tool does with them (`toolActions`).
 * Painting takes the pointer before the camera controls see it (capture phase), so a brush stroke
 * never also turns the body.
 */
export function useModelInput(
  element: RefObject<HTMLElement | null>,
  viewer: RefObject<BodyViewerHandle | null>,
  skin: SkinSurface | null,
) {
  const onPick = useCallback((hits: PickHit[]) => {
    const context = editableContext();
    const place = TOOL_ACTIONS[usePlanStore.getState().tool].place;
    if (context && place) void carryOut(place(hits, context));
  }, []);

  useEffect(() => {
    const target = element.current;
    if (!target || !skin) return;
    let stroke: BrushStroke | null = null;
    const paints = () => toolById(usePlanStore.getState().tool).paints && editableContext() !== null;
    const pointAt = (event: PointerEvent) =>
      paintPoint(viewer.current?.pickAtClient(event.clientX, event.clientY) ?? []);
    const brushTo = oncePerFrame((event: PointerEvent) => {
      const point = pointAt(event);
      if (!stroke || !point || stroke.stamps.length >= MAX_STAMPS) return;
      const last = stroke.stamps.at(-1)!;
      const moved = Math.hypot(point[0] - last[0], point[1] - last[1], point[2] - last[2]);
      if (moved < stroke.radiusCm * STAMP_SPACING) return;
      stroke = { ...stroke, stamps: [...stroke.stamps, point] };
      useLiveStroke.getState().set(stroke);
    });
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
      brushTo(event);
    };
    const onUp = (event: PointerEvent) => {
      if (!stroke) return;
      event.stopPropagation();
      const finished = stroke;
      stroke = null;
      brushTo.cancel();
      const context = editableContext();
      const paint = TOOL_ACTIONS[usePlanStore.getState().tool].stroke;
      const outcome = context && paint ? paint(finished, skin, context) : null;
      void carryOut(outcome).finally(() => useLiveStroke.getState().set(null));
    };
    target.addEventListener('pointerdown', onDown, true);
    target.addEventListener('pointermove', onMove, true);
    target.addEventListener('pointerup', onUp, true);
    return () => {
      brushTo.cancel();
      target.removeEventListener('pointerdown', onDown, true);
      target.removeEventListener('pointermove', onMove, true);
      target.removeEventListener('pointerup', onUp, true);
    };
  }, [element, viewer, skin]);

  return onPick;
}
