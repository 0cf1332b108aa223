import { useThree } from '@react-three/fiber';
import { useEffect, type RefObject } from 'react';
import type { PerspectiveCamera } from 'three';
import type { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { lineStructureIds } from '../../../../shared/anatomy';
import type { BodyPresentation } from '../bodyPresentation';
import { applyPreset, focusOnBox, focusOnPoint } from '../cameraMoves';
import { CAMERA_PRESETS } from '../cameraPresets';
import { occludersOf } from '../reveal';
import { useViewerStore } from '../viewerStore';

type ViewerState = ReturnType<typeof useViewerStore.getState>;

/**
 * Store -> scene: layer modes, fascia opacity, selection, highlights, ghosts and camera requests.
 * Printed snapshots draw the plain look on their own renderer (printouts' `body-renderer`).
 */
export function useViewerStoreSync(
  presentation: BodyPresentation,
  controls: RefObject<OrbitControls | null>,
  lineId: string | null | undefined,
) {
  const { camera, invalidate } = useThree();
  useEffect(() => {
    const { state, model } = presentation;
    const mark = (ids: readonly string[] | string | null, channel: 1 | 2 | 3) => {
      state.clearChannel(channel);
      for (const id of typeof ids === 'string' ? [ids] : (ids ?? [])) {
        const index = model.structureIndex.get(id);
        if (index !== undefined) state.set(index, channel, true);
      }
    };
    const sync = (s: ViewerState, previous?: ViewerState) => {
      if (!previous || s.layerModes !== previous.layerModes || s.fasciaOpacity !== previous.fasciaOpacity) {
        presentation.apply(s.layerModes, s.fasciaOpacity);
      }
      if (!previous || s.selectedId !== previous.selectedId) mark(s.selectedId, 1);
      if (ownLine === undefined && (!previous || s.highlightedIds !== previous.highlightedIds)) {
        mark(s.highlightedIds, 2);
      }
      if (!previous || s.ghostedIds !== previous.ghostedIds) mark(s.ghostedIds, 3);
      const request = s.cameraRequest;
      if (request && request !== previous?.cameraRequest) {
        const cam = camera as PerspectiveCamera;
        if (request.kind === 'preset') applyPreset(cam, CAMERA_PRESETS[request.preset], controls.current);
        else if (request.kind === 'point') focusOnPoint(cam, request.view, controls.current);
        else {
          const box = model.bounds.get(request.structureId);
          if (box) focusOnBox(cam, box, controls.current);
          // ghosted from where the camera now is: what lies over the structure from this side
          if (box && request.reveal) {
            useViewerStore.getState().ghostOver(occludersOf(model, request.structureId, cam.position));
          }
        }
      }
      invalidate();
    };
    // a screen that keeps its own line (the session's) draws that one, not the Body model screen's
    const ownLine = lineId === undefined ? undefined : lineStructureIds(lineId);
    if (ownLine !== undefined) mark(ownLine, 2);
    sync(useViewerStore.getState());
    return useViewerStore.subscribe(sync);
  }, [presentation, camera, invalidate, controls, lineId]);
}
