import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import type { BodyPresentation } from '../bodyPresentation';
import { firstHit, type PickHit } from '../model/picking';
import { hitsAtClient, oncePerFrame } from '../pointer';
import { unghostedHits } from '../reveal';
import { useViewerStore } from '../viewerStore';

/** A press that moves further than this, CSS pixels, turned the body rather than clicked it. */
const CLICK_SLOP_PX = 5;

/**
 * The structure under the pointer is named and lit as it moves; a click (not a drag) selects it
 * and hands every hit along the ray to `onPick`; a double click also turns the camera to frame it.
 */
export function useHoverAndClick(presentation: BodyPresentation, onPick?: (hits: PickHit[]) => void) {
  const { camera, gl, invalidate } = useThree();
  const onPickRef = useRef(onPick);
  useEffect(() => {
    onPickRef.current = onPick;
  }, [onPick]);

  useEffect(() => {
    const element = gl.domElement;
    const { model, state } = presentation;
    let hovered: number | null = null;
    let down: { x: number; y: number } | null = null;
    // a structure ghosted over a revealed one is seen through, so the pointer names what is beneath
    const hitsAt = (event: MouseEvent) =>
      unghostedHits(
        hitsAtClient(model, camera, element, event.clientX, event.clientY),
        useViewerStore.getState().ghostedIds,
      );
    const setHover = (id: string | null) => {
      const index = id === null ? null : (model.structureIndex.get(id) ?? null);
      if (index === hovered) return;
      if (hovered !== null) state.set(hovered, 0, false);
      if (index !== null) state.set(index, 0, true);
      hovered = index;
      useViewerStore.getState().hover(id);
      invalidate();
    };
    const hover = oncePerFrame((event: PointerEvent) => {
      const hit = firstHit(hitsAt(event), useViewerStore.getState().pickPreference);
      setHover(hit?.structureId ?? null);
    });
    const onMove = (event: PointerEvent) => {
      if (event.buttons === 0) hover(event);
    };
    const onLeave = () => setHover(null);
    const onDown = (event: PointerEvent) => (down = { x: event.clientX, y: event.clientY });
    const onUp = (event: PointerEvent) => {
      if (!down || Math.hypot(event.clientX - down.x, event.clientY - down.y) > CLICK_SLOP_PX) return;
      down = null;
      const hits = hitsAt(event);
      const hit = firstHit(hits, useViewerStore.getState().pickPreference);
      useViewerStore.getState().select(hit?.structureId ?? null);
      onPickRef.current?.(hits);
    };
    const onDoubleClick = (event: MouseEvent) => {
      const hit = firstHit(hitsAt(event), useViewerStore.getState().pickPreference);
      if (hit) useViewerStore.getState().focusStructure(hit.structureId);
    };
    element.addEventListener('pointermove', onMove);
    element.addEventListener('dblclick', onDoubleClick);
    element.addEventListener('pointerleave', onLeave);
    element.addEventListener('pointerdown', onDown);
    element.addEventListener('pointerup', onUp);
    return () => {
      hover.cancel();
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('dblclick', onDoubleClick);
      element.removeEventListener('pointerleave', onLeave);
      element.removeEventListener('pointerdown', onDown);
      element.removeEventListener('pointerup', onUp);
    };
  }, [gl, camera, presentation, invalidate]);
}
