import { PerspectiveCamera, Raycaster, Vector2, type BufferGeometry, type Mesh } from 'three';
import { ATLAS, type Layer, type Vec3 } from '../../shared/anatomy';
import { CAMERA_PRESETS, type ViewPresetId } from '../../renderer/src/scene/cameraPresets';
import { attachEnvelope, buildBodyModel, type BodyModel } from '../../renderer/src/scene/model/bodyModel';
import { buildEnvelope } from '../../renderer/src/scene/model/envelope';

/** What lies nearest the camera at one pixel: the structure and where its surface is. */
export interface NearestSurface {
  structureId: string;
  layer: Layer;
  point: Vec3;
}

export interface CanvasBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

let model: BodyModel | null = null;

/** The body's geometry, built here in the test process from the atlas, as the app builds its own. */
function bodyGeometry(): BodyModel {
  if (model) return model;
  const built = buildBodyModel(ATLAS);
  attachEnvelope(built, 'superficial_fascia_M', buildEnvelope(built.envelopeInput));
  model = built;
  return built;
}

/**
 * An oracle for "the structure nearest the camera at this pixel", independent of the app's
 * picking: its own copy of the geometry, its own camera placed from the preset, and three.js's
 * raycaster over the meshes of the layers the test shows, taking the nearest intersection. It
 * shares neither `pickAll` nor the marking tools' targeting rules with the app.
 */
export function nearestSurfaceAt(
  box: CanvasBox,
  preset: ViewPresetId,
  client: { x: number; y: number },
  shown: ReadonlySet<Layer>,
): NearestSurface | null {
  const body = bodyGeometry();
  const view = CAMERA_PRESETS[preset];
  const camera = new PerspectiveCamera(view.fov, box.width / box.height, 5, 2500);
  camera.up.set(...view.up);
  camera.position.set(...view.position);
  camera.lookAt(...view.target);
  camera.updateMatrixWorld();
  const raycaster = new Raycaster();
  raycaster.setFromCamera(
    new Vector2(((client.x - box.x) / box.width) * 2 - 1, -((client.y - box.y) / box.height) * 2 + 1),
    camera,
  );
  const meshes = [...body.layerMeshes].filter(([layer]) => shown.has(layer)).map(([, mesh]) => mesh);
  const [nearest] = raycaster.intersectObjects<Mesh>(meshes, false);
  if (!nearest?.face) return null;
  const owner = (nearest.object.geometry as BufferGeometry).getAttribute('structure').getX(nearest.face.a);
  const structureId = body.structureIds[Math.round(owner)];
  if (!structureId) return null;
  const layer = [...body.layerMeshes].find(([, mesh]) => mesh === nearest.object)![0];
  return { structureId, layer, point: [nearest.point.x, nearest.point.y, nearest.point.z] };
}
