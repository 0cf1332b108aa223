import { useThree } from '@react-three/fiber';
import { useEffect, type RefObject } from 'react';
import type { PerspectiveCamera, Quaternion, Vector3 } from 'three';
import type { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';

/** Where a camera is and what it looks at: everything a linked viewer copies. */
interface CameraPlacement {
  position: Vector3;
  quaternion: Quaternion;
  up: Vector3;
  target: Vector3;
  fov: number;
}

interface LinkedViewer {
  follow(placement: CameraPlacement): void;
}

/**
 * Viewers whose cameras move together (last session's model beside today's): whichever one the
 * therapist orbits, zooms or pans leads, and the others take the same placement.
 */
export interface CameraLink {
  /** Adds a viewer; it takes the placement the others last had. Returns the call that removes it. */
  join(viewer: LinkedViewer): () => void;
  publish(from: LinkedViewer, placement: CameraPlacement): void;
  /** The placement the linked viewers last had, if any has moved or joined. */
  last(): CameraPlacement | null;
}

export function createCameraLink(): CameraLink {
  const viewers = new Set<LinkedViewer>();
  let last: CameraPlacement | null = null;
  return {
    join(viewer) {
      viewers.add(viewer);
      if (last) viewer.follow(last);
      return () => viewers.delete(viewer);
    },
    publish(from, placement) {
      last = placement;
      for (const viewer of viewers) if (viewer !== from) viewer.follow(placement);
    },
    last: () => last,
  };
}

/**
 * Links this viewer's camera to the others on `link`, both ways. Each viewer reports where its
 * camera is on its own (`useCameraReport`), so linked viewers report the same `data-camera`.
 */
export function useLinkedCamera(controls: RefObject<OrbitControls | null>, link: CameraLink | undefined) {
  const { camera, invalidate } = useThree();
  useEffect(() => {
    const orbit = controls.current;
    if (!link || !orbit) return;
    const cam = camera as PerspectiveCamera;
    const viewer: LinkedViewer = {
      follow(placement) {
        cam.position.copy(placement.position);
        cam.quaternion.copy(placement.quaternion);
        cam.up.copy(placement.up);
        cam.fov = placement.fov;
        cam.updateProjectionMatrix();
        // Only the target: `update()` would report a change and send the placement back.
        orbit.target.copy(placement.target);
        invalidate();
      },
    };
    const lead = () => {
      link.publish(viewer, {
        position: cam.position.clone(),
        quaternion: cam.quaternion.clone(),
        up: cam.up.clone(),
        target: orbit.target.clone(),
        fov: cam.fov,
      });
    };
    const leave = link.join(viewer);
    // The first viewer to join sets where the linked cameras start.
    if (!link.last()) lead();
    orbit.addEventListener('change', lead);
    return () => {
      orbit.removeEventListener('change', lead);
      leave();
    };
  }, [camera, controls, link, invalidate]);
}
