import { useThree } from '@react-three/fiber';
import { useEffect, useRef, type RefObject } from 'react';
import type { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import type { BodyPresentation } from '../bodyPresentation';
import { hitsAtClient, oncePerFrame, pointerTravel } from '../pointer';
import type { PointerHover } from './useHoverAndClick';

/** One press of + or - brings the camera this much closer (or further). */
const KEY_ZOOM_SCALE = 0.8;
const ZOOM_IN_KEYS = new Set(['+', '=', 'Add']);
const ZOOM_OUT_KEYS = new Set(['-', '_', 'Subtract']);

/**
 * For someone who moves the camera with keys: + and - zoom towards the centre of the view (the
 * arrow keys are the orbit controls' own), and while the canvas has keyboard focus the structure
 * at the centre is reported through `onHover`, as the pointer's is, so the focus ring can name it.
 */
export function useKeyboardView(
  presentation: BodyPresentation,
  controls: RefObject<OrbitControls | null>,
  onHover: RefObject<((hover: PointerHover | null) => void) | undefined>,
) {
  const { camera, gl } = useThree();
  const keyboardFocus = useRef(false);
  useEffect(() => {
    const element = gl.domElement;
    const reportCentre = oncePerFrame((_: 'centre') => {
      if (!keyboardFocus.current) return;
      const rect = element.getBoundingClientRect();
      const clientX = rect.left + rect.width / 2;
      const clientY = rect.top + rect.height / 2;
      const hits = hitsAtClient(presentation.model, camera, element, clientX, clientY);
      onHover.current?.({ hits, clientX, clientY, by: 'keyboard' });
    });
    const byKeyboard = () => {
      keyboardFocus.current = true;
      reportCentre('centre');
    };
    const onFocus = () => {
      if (element.matches(':focus-visible')) byKeyboard();
    };
    const onKey = (event: KeyboardEvent) => {
      const orbit = controls.current;
      if (orbit && ZOOM_IN_KEYS.has(event.key)) orbit.dollyIn(KEY_ZOOM_SCALE);
      else if (orbit && ZOOM_OUT_KEYS.has(event.key)) orbit.dollyOut(KEY_ZOOM_SCALE);
      byKeyboard();
    };
    // the pointer is back in charge once it moves: its own hover names what is under it
    const travelled = pointerTravel();
    const onPointer = (event: PointerEvent) => {
      if (event.type === 'pointerdown' || travelled(event)) keyboardFocus.current = false;
    };
    const onBlur = () => {
      if (!keyboardFocus.current) return;
      keyboardFocus.current = false;
      reportCentre.cancel();
      onHover.current?.(null);
    };
    const onCameraMoved = () => reportCentre('centre');
    const orbit = controls.current;
    orbit?.addEventListener('change', onCameraMoved);
    element.addEventListener('focus', onFocus);
    element.addEventListener('keydown', onKey);
    element.addEventListener('pointerdown', onPointer);
    element.addEventListener('pointermove', onPointer);
    element.addEventListener('blur', onBlur);
    return () => {
      reportCentre.cancel();
      orbit?.removeEventListener('change', onCameraMoved);
      element.removeEventListener('focus', onFocus);
      element.removeEventListener('keydown', onKey);
      element.removeEventListener('pointerdown', onPointer);
      element.removeEventListener('pointermove', onPointer);
      element.removeEventListener('blur', onBlur);
    };
  }, [gl, camera, presentation, controls, onHover]);
}
