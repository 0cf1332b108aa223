import { useFrame } from '@react-three/fiber';
import { useRef, type RefObject } from 'react';
import type { PerspectiveCamera } from 'three';
import type { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';

const rounded = (values: readonly number[]) => values.map((value) => Math.round(value * 100) / 100);

/**
 * Where the camera is, written on the wrapper as `data-camera` after each frame that moved it:
 * position, target and up (model cm), field of view (degrees) and distance to the target. Tests
 * read it to tell a zoom from a pan, and to put a model point back on the screen.
 */
export function useCameraReport(
  wrapper: RefObject<HTMLElement | null>,
  controls: RefObject<OrbitControls | null>,
) {
  const last = useRef('');
  useFrame(({ camera }) => {
    const target = controls.current?.target;
    if (!target) return;
    const report = JSON.stringify({
      position: rounded(camera.position.toArray()),
      target: rounded(target.toArray()),
      up: rounded(camera.up.toArray()),
      fov: (camera as PerspectiveCamera).fov,
      distance: rounded([camera.position.distanceTo(target)])[0],
    });
    if (report === last.current) return;
    last.current = report;
    wrapper.current?.setAttribute('data-camera', report);
  });
}
