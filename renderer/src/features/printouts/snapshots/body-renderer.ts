import { NeutralToneMapping, PerspectiveCamera, Scene, WebGLRenderer } from 'three';
import { lineStructureIds } from '../../../../../shared/anatomy';
import { getBodyPresentation } from '../../../scene/bodyPresentation';
import { createCameraLights } from '../../../scene/cameraLights';
import { applyPreset } from '../../../scene/cameraMoves';
import type { CameraFraming } from '../../../scene/cameraPresets';
import { BACKGROUND_COLOR } from '../../../scene/materials/palette';
import { createSideLabels } from '../../../scene/sideLabels';
import { PLAIN_LOOK } from '../../../scene/viewerStore';
import type { SnapshotFrame } from './print-size';

/**
 * Renders the body for printed snapshots: one off-screen WebGL canvas for every view of every
 * printout on the page, sized to each picture as it prints, so nothing is rendered at another size
 * and scaled, and nothing is rendered that is not printed. The model is the page's own shared one
 * (`getBodyPresentation`), drawn in the plain look with nothing lit up on it, lit and labelled as
 * the viewer draws it.
 */
export interface BodyRenderer {
  /**
   * Renders the framing into the canvas, which holds the picture until the next render, with the
   * structures of `lineId` lit as the plan lights the session's line.
   */
  render(framing: CameraFraming, frame: SnapshotFrame, lineId: string | null): HTMLCanvasElement;
}

let shared: Promise<BodyRenderer> | null = null;

/** The page's body renderer, once the whole model (the fascia envelope too) can be drawn. */
export function bodyRenderer(): Promise<BodyRenderer> {
  shared ??= createBodyRenderer();
  return shared;
}

async function createBodyRenderer(): Promise<BodyRenderer> {
  const presentation = getBodyPresentation();
  await presentation.envelopeReady;
  const gl = new WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
  gl.toneMapping = NeutralToneMapping;
  gl.setClearColor(BACKGROUND_COLOR);
  gl.setPixelRatio(1);
  const scene = new Scene();
  const camera = new PerspectiveCamera(45, 1, 5, 2500);
  const labels = createSideLabels();
  camera.add(createCameraLights());
  scene.add(camera, labels.group);
  return {
    render(framing, { width, height, crop }, lineId) {
      // The model is shared with the app's viewers: lent to this scene for the render, drawn
      // plain whatever a screen left set on it (a layer hidden, a line highlighted, a ghost).
      const home = presentation.group.parent;
      scene.add(presentation.group);
      const { state, model } = presentation;
      for (const channel of [0, 1, 2, 3] as const) state.clearChannel(channel);
      for (const id of lineStructureIds(lineId)) {
        const index = model.structureIndex.get(id);
        if (index !== undefined) state.set(index, 2, true);
      }
      presentation.apply(PLAIN_LOOK.layerModes, PLAIN_LOOK.fasciaOpacity);
      gl.setSize(crop.width, crop.height, false);
      applyPreset(camera, framing);
      camera.aspect = width / height;
      camera.setViewOffset(width, height, crop.x, crop.y, crop.width, crop.height);
      camera.updateMatrixWorld();
      labels.update(camera);
      gl.render(scene, camera);
      if (home) home.add(presentation.group);
      else scene.remove(presentation.group);
      return gl.domElement;
    },
  };
}
