import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { createCameraLights } from '../cameraLights';
import type { BodyPresentation } from '../bodyPresentation';
import type { SideLabels } from '../sideLabels';
import { useViewerStore } from '../viewerStore';

/**
 * Puts the body, the side labels and the camera's lights into the scene, drawn as the viewer
 * store says. The fascia envelope is built in a worker and arrives later: `onWholeModel` is
 * called once it is in the scene too.
 */
export function useBodyInScene(presentation: BodyPresentation, labels: SideLabels, onWholeModel: () => void) {
  const { camera, scene, invalidate } = useThree();
  useEffect(() => {
    const lights = createCameraLights();
    camera.add(lights);
    scene.add(camera, presentation.group, labels.group);
    const store = useViewerStore.getState();
    presentation.apply(store.layerModes, store.fasciaOpacity);
    let live = true;
    presentation.envelopeReady.then(() => {
      if (!live) return;
      const s = useViewerStore.getState();
      presentation.apply(s.layerModes, s.fasciaOpacity);
      onWholeModel();
      invalidate();
    });
    return () => {
      live = false;
      camera.remove(lights);
      scene.remove(presentation.group, labels.group);
    };
  }, [camera, scene, presentation, labels, invalidate, onWholeModel]);
}
