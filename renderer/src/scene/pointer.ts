import { Raycaster, Vector2, type Camera } from 'three';
import type { BodyModel } from './model/bodyModel';
import { pickAll, type PickHit } from './model/picking';

/**
 * Every hit under a point in client (CSS pixel) coordinates, nearest first: the ray from the
 * camera through that point of the canvas. Hidden layers are not visible meshes and so drop out.
 */
export function hitsAtClient(
  model: BodyModel,
  camera: Camera,
  canvas: HTMLElement,
  clientX: number,
  clientY: number,
): PickHit[] {
  const rect = canvas.getBoundingClientRect();
  const ndc = new Vector2(
    ((clientX - rect.left) / rect.width) * 2 - 1,
    -((clientY - rect.top) / rect.height) * 2 + 1,
  );
  camera.updateMatrixWorld();
  const raycaster = new Raycaster();
  raycaster.setFromCamera(ndc, camera);
  return pickAll(model, raycaster);
}

/** A handler run at most once per animation frame, with the latest event it was given. */
export interface FrameThrottled<E> {
  (event: E): void;
  /** Drops an event still waiting for its frame (the gesture ended, or the listener went away). */
  cancel(): void;
}

/**
 * Pointer moves arrive faster than the screen redraws, and each one would cast a ray through the
 * whole model: only the latest move of each frame is handled.
 */
export function oncePerFrame<E>(handle: (event: E) => void): FrameThrottled<E> {
  let pending: E | null = null;
  let frame: number | null = null;
  const throttled = (event: E) => {
    pending = event;
    if (frame !== null) return;
    frame = requestAnimationFrame(() => {
      frame = null;
      const latest = pending;
      pending = null;
      if (latest !== null) handle(latest);
    });
  };
  throttled.cancel = () => {
    if (frame !== null) cancelAnimationFrame(frame);
    frame = null;
    pending = null;
  };
  return throttled;
}

/**
 * Whether a pointer move went anywhere: the browser also sends moves where the pointer stands
 * still (after the page under it changes), and those must not take over from the keyboard.
 */
export function pointerTravel(): (event: PointerEvent) => boolean {
  let last: { x: number; y: number } | null = null;
  return (event) => {
    // those moves may come rounded to whole pixels
    const moved = !last || Math.hypot(last.x - event.clientX, last.y - event.clientY) > 1;
    last = { x: event.clientX, y: event.clientY };
    return moved;
  };
}
