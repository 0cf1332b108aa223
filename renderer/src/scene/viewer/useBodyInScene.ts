import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { Group, Scene } from 'three';
import { createCameraLights } from '../cameraLights';
import type { BodyPresentation } from '../bodyPresentation';
import type { SideLabels } from '../sideLabels';
import { PLAIN_LOOK, useViewerStore } from '../viewerStore';

/**
 * The body is one object shared by every viewer, and an object has one parent: when two viewers
 * show at once (last session beside today's), each takes it back just before it draws.
 */
function reclaimBeforeDrawing(scene: Scene, body: Group): () => void {
  scene.onBeforeRender = () => {
    if (body.parent !== scene) scene.add(body);
  };
  return () => {
    scene.onBeforeRender = () => undefined;
  };
}

/**
 * Puts the body, the side labels and the camera's lights into the scene, drawn as the viewer
 * store says (a plain viewer: as the plain look). The fascia envelope is built in a worker and
 * arrives later: `onWholeModel` is called once it is in the scene too.
 */
export function useBodyInScene(
  presentation: BodyPresentation,
  labels: SideLabels,
  onWholeModel: () => void,
  plain: boolean,
) {
  const { camera, scene, invalidate } = useThree();
  useEffect(() => {
    const lights = createCameraLights();
    camera.add(lights);
    scene.add(camera, presentation.group, labels.group);
    const release = reclaimBeforeDrawing(scene, presentation.group);
    const look = () => (plain ? PLAIN_LOOK : useViewerStore.getState());
    presentation.apply(look().layerModes, look().fasciaOpacity);
    let live = true;
    presentation.envelopeReady.then(() => {
      if (!live) return;
      presentation.apply(look().layerModes, look().fasciaOpacity);
      onWholeModel();
      invalidate();
    });
    return () => {
      live = false;
      camera.remove(lights);
      release();
      scene.remove(presentation.group, labels.group);
    };
  }, [camera, scene, presentation, labels, invalidate, onWholeModel, plain]);
}
