import { useCallback, useEffect, type RefObject } from 'react';
import { paintPoint } from '../../../../shared/domain/plan/placing';
import type { BrushStroke } from '../../../../shared/domain/plan/region';
import type { BodyViewerHandle } from '../../scene/BodyViewer';
import type { SkinSurface } from '../../scene/bodySurface';
import type { PickHit } from '../../scene/model/picking';
import { oncePerFrame } from '../../scene/pointer';
import { extendStroke, startStroke } from './brushStamps';
import { useLiveStroke } from './liveStroke';
import { usePlanStore } from './planStore';
import { TOOL_ACTIONS, type ToolContext, type ToolOutcome } from './toolActions';
import { toolById } from './tools';

/** The plan as it is now, for a tool to work on; null while none is loaded or it is locked. */
function editableContext(): ToolContext | null {
  const { plan, client, selection } = usePlanStore.getState();
  return plan && !plan.session.locked ? { plan, client, selection } : null;
}

/** Does what the tool decided; false when a change was to be saved and main refused it. */
async function carryOut(outcome: ToolOutcome): Promise<boolean> {
  const store = usePlanStore.getState();
  if (outcome === null) return true;
  if ('problem' in outcome) usePlanStore.setState({ problem: outcome.problem });
  else if ('select' in outcome) store.select(outcome.select);
  else {
    await store.make(outcome.make);
    return usePlanStore.getState().problem === null;
  }
  return true;
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
      if (!stroke || !point) return;
      const longer = extendStroke(stroke, point, event);
      if (longer === stroke) return;
      stroke = longer;
      useLiveStroke.getState().set(stroke);
    });
    const onDown = (event: PointerEvent) => {
      if (event.button !== 0 || !paints() || !(event.target instanceof HTMLCanvasElement)) return;
      event.stopPropagation();
      const point = pointAt(event);
      if (!point) return;
      target.setPointerCapture(event.pointerId);
      const { tool, brushRadiusCm } = usePlanStore.getState();
      stroke = startStroke(tool === 'erase' ? 'erase' : 'paint', brushRadiusCm, point, event);
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
      // The stroke stays drawn as painted while it is saved; if main refuses it, it stays
      // beside the problem shown, so the therapist sees what was not kept, until the next stroke.
      void carryOut(outcome).then((saved) => {
        if (saved) useLiveStroke.getState().set(null);
      });
    };
    target.addEventListener('pointerdown', onDown, true);
    target.addEventListener('pointermove', onMove, true);
    target.addEventListener('pointerup', onUp, true);
    return () => {
      brushTo.cancel();
      useLiveStroke.getState().set(null);
      target.removeEventListener('pointerdown', onDown, true);
      target.removeEventListener('pointermove', onMove, true);
      target.removeEventListener('pointerup', onUp, true);
    };
  }, [element, viewer, skin]);

  return onPick;
}
