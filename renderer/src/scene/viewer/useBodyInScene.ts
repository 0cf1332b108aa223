import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { Group, Scene } from 'three';
import { createCameraLights } from '../cameraLights';
import type { BodyPresentation } from '../bodyPresentation';
import type { SideLabels } from '../sideLabels';
import { useViewerStore } from '../viewerStore';

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
 * store says. The model arrives after the viewer mounts (read from the prebuilt asset):
 * `onWholeModel` is called once all of it is in the scene.
 */
export function useBodyInScene(presentation: BodyPresentation, labels: SideLabels, onWholeModel: () => void) {
  const { camera, scene, invalidate } = useThree();
  useEffect(() => {
    const lights = createCameraLights();
    camera.add(lights);
    scene.add(camera, presentation.group, labels.group);
    const release = reclaimBeforeDrawing(scene, presentation.group);
    const look = () => useViewerStore.getState();
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
  }, [camera, scene, presentation, labels, invalidate, onWholeModel]);
}
