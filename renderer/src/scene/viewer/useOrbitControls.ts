import { useThree } from '@react-three/fiber';
import { useEffect, useRef, type RefObject } from 'react';
import { TOUCH, type PerspectiveCamera } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { applyPreset } from '../cameraMoves';
import { CAMERA_PRESETS } from '../cameraPresets';
import { useViewerStore } from '../viewerStore';

/**
 * Orbit, zoom and pan with the mouse, a finger or the keyboard, starting from the last preset shown.
 * Zoom goes toward the point under the cursor, as in an anatomy atlas, so a therapist can close in
 * on a hand or a knee without panning to it first.
 */
export function useOrbitControls(): RefObject<OrbitControls | null> {
  const { camera, gl, invalidate } = useThree();
  const controlsRef = useRef<OrbitControls | null>(null);
  useEffect(() => {
    const controls = new OrbitControls(camera, gl.domElement);
    controls.enableDamping = false;
    controls.minDistance = 20;
    controls.maxDistance = 900;
    controls.zoomToCursor = true;
    // touch: one finger orbits; two fingers pinch to zoom and move together to pan
    controls.touches = { ONE: TOUCH.ROTATE, TWO: TOUCH.DOLLY_PAN };
    // keyboard: arrow keys pan, Shift/Ctrl + arrow keys orbit (about ten degrees a press)
    controls.keyRotateSpeed = 20;
    controls.keyPanSpeed = 14;
    // The canvas takes keyboard focus so the orbit and pan keys work without a mouse.
    gl.domElement.setAttribute('tabindex', '0');
    gl.domElement.setAttribute(
      'aria-label',
      'Body model canvas: drag or Shift + arrow keys to orbit, arrow keys to pan, scroll, pinch or + and - to zoom, double-click to frame a structure',
    );
    controls.listenToKeyEvents(gl.domElement);
    controlsRef.current = controls;
    const preset = CAMERA_PRESETS[useViewerStore.getState().lastPreset ?? 'anterior'];
    applyPreset(camera as PerspectiveCamera, preset, controls);
    controls.addEventListener('change', () => invalidate());
    invalidate();
    return () => {
      controls.dispose();
      controlsRef.current = null;
    };
  }, [camera, gl, invalidate]);
  return controlsRef;
}
