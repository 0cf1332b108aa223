import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import type { BodyPresentation } from '../bodyPresentation';
import { firstHit, type PickHit } from '../model/picking';
import { hitsAtClient, oncePerFrame, pointerTravel } from '../pointer';
import { unghostedHits } from '../reveal';
import { useViewerStore } from '../viewerStore';

/** A press that moves further than this, CSS pixels, turned the body rather than clicked it. */
const CLICK_SLOP_PX = 5;
/**
 * A click is handed to `onPick` only once this long has passed without a second click, so a
 * double click frames the structure without also placing a mark with the first click.
 */
const DOUBLE_CLICK_WAIT_MS = 300;

/** Which hit along the ray a screen means: lit under the pointer, framed by a double click. */
export type PickTarget = (hits: readonly PickHit[]) => PickHit | undefined;

/** Every hit under the pointer (or, from the keyboard, under the centre of the view) and where that is. */
export interface PointerHover {
  hits: readonly PickHit[];
  clientX: number;
  clientY: number;
  /** 'keyboard': the canvas has keyboard focus and the point is the centre of the view. */
  by: 'pointer' | 'keyboard';
}

export interface HoverAndClickOptions {
  onPick?: (hits: PickHit[]) => void;
  /** Called at most once a frame as the pointer moves, and with null when it leaves the body. */
  onHover?: (hover: PointerHover | null) => void;
  pickTarget?: PickTarget;
}

/** The viewer store's own preference: the Body model screen's "fascia first" choice. */
export const storePickTarget: PickTarget = (hits) => firstHit(hits, useViewerStore.getState().pickPreference);

/**
 * The structure under the pointer is named and lit as it moves; a click (not a drag) selects it
 * and hands every hit along the ray to `onPick`; a double click turns the camera to frame it instead.
 */
export function useHoverAndClick(presentation: BodyPresentation, options: HoverAndClickOptions) {
  const { camera, gl, invalidate } = useThree();
  const optionsRef = useRef(options);
  useEffect(() => {
    optionsRef.current = options;
  }, [options]);

  useEffect(() => {
    const element = gl.domElement;
    const { model, state } = presentation;
    let hovered: number | null = null;
    let down: { x: number; y: number } | null = null;
    let waitingPick: ReturnType<typeof setTimeout> | null = null;
    let pickWaiting: (() => void) | null = null;
    const target = (hits: readonly PickHit[]) => (optionsRef.current.pickTarget ?? storePickTarget)(hits);
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
      const hits = hitsAt(event);
      setHover(target(hits)?.structureId ?? null);
      optionsRef.current.onHover?.({ hits, clientX: event.clientX, clientY: event.clientY, by: 'pointer' });
    });
    const cancelWaitingPick = () => {
      if (waitingPick !== null) clearTimeout(waitingPick);
      waitingPick = null;
      pickWaiting = null;
    };
    const pickNow = () => {
      const pick = pickWaiting;
      cancelWaitingPick();
      pick?.();
    };
    const travelled = pointerTravel();
    const onMove = (event: PointerEvent) => {
      // A move where the pointer stands still comes when the scene under it changed (a layer hidden,
      // a search cleared): it names what is there now, unless the keyboard holds the view (focus).
      const moved = travelled(event);
      if (event.buttons === 0 && (moved || document.activeElement !== element)) hover(event);
    };
    const onLeave = () => {
      hover.cancel();
      setHover(null);
      optionsRef.current.onHover?.(null);
    };
    const onDown = (event: PointerEvent) => (down = { x: event.clientX, y: event.clientY });
    const onClick = (event: MouseEvent) => {
      const start = down;
      down = null;
      if (!start || Math.hypot(event.clientX - start.x, event.clientY - start.y) > CLICK_SLOP_PX) return;
      // the second click of a double click: the double click frames, nothing is placed
      if (event.detail > 1) return cancelWaitingPick();
      const hits = hitsAt(event);
      useViewerStore.getState().select(target(hits)?.structureId ?? null);
      const onPick = optionsRef.current.onPick;
      if (!onPick) return;
      // a single click elsewhere before the wait is over is its own click: the first one counts
      pickNow();
      pickWaiting = () => onPick(hits);
      waitingPick = setTimeout(pickNow, DOUBLE_CLICK_WAIT_MS);
    };
    const onDoubleClick = (event: MouseEvent) => {
      cancelWaitingPick();
      const hit = target(hitsAt(event));
      if (hit) useViewerStore.getState().focusStructure(hit.structureId);
    };
    element.addEventListener('pointermove', onMove);
    element.addEventListener('dblclick', onDoubleClick);
    element.addEventListener('pointerleave', onLeave);
    element.addEventListener('pointerdown', onDown);
    element.addEventListener('click', onClick);
    return () => {
      hover.cancel();
      cancelWaitingPick();
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('dblclick', onDoubleClick);
      element.removeEventListener('pointerleave', onLeave);
      element.removeEventListener('pointerdown', onDown);
      element.removeEventListener('click', onClick);
    };
  }, [gl, camera, presentation, invalidate]);
}
