import { PerspectiveCamera, Raycaster, Vector2 } from 'three';
import type { GeometryBVH } from 'three-mesh-bvh';
import { ATLAS } from '../shared/anatomy';
import { SurfaceAnchor } from '../shared/domain/plan/anchor';
import { surfaceAnchor } from '../shared/domain/plan/placing';
import { tangentDirection } from '../shared/domain/plan/restriction';
import type { MarkedPlace } from '../electron/test-support/generate-session-map';
import { applyPreset } from '../renderer/src/scene/cameraMoves';
import { CAMERA_PRESETS, type ViewPresetId } from '../renderer/src/scene/cameraPresets';
import { decodeBodyAsset } from '../renderer/src/scene/model/asset/decode';
import { encodeBodyAsset } from '../renderer/src/scene/model/asset/encode';
import type { BodyModel } from '../renderer/src/scene/model/bodyModel';
import { pickAll } from '../renderer/src/scene/model/picking';
import { bodyGltf } from '../renderer/src/scene/model/gltf/bodyGltf';
import { loadBodyGlb } from '../renderer/src/scene/model/gltf/load';
import { buildWholeBody } from '../renderer/src/scene/model/wholeBody';
import { figure, medianMs, type Figure } from './measure';

/** A ray through a point of the view, in normalised device coordinates, from a standard view. */
export interface ScreenPoint {
  view: ViewPresetId;
  x: number;
  y: number;
}

const VIEWS: readonly ViewPresetId[] = ['anterior', 'posterior', 'left', 'right'];

/** A grid over the middle of each standard view (at 16:10), kept where it lands on the body. */
export function pointsOnBody(model: BodyModel, perSide = 24): ScreenPoint[] {
  const grid = VIEWS.flatMap((view) =>
    Array.from({ length: perSide * perSide }, (_, index) => ({
      view,
      x: ((index % perSide) + 0.5) / perSide - 0.5,
      y: 1 - (2 * (Math.floor(index / perSide) + 0.5)) / perSide,
    })),
  );
  return grid.filter((point) => pickAt(model, point).length > 0);
}

const cameras = new Map<ViewPresetId, PerspectiveCamera>();
const raycaster = new Raycaster();

/** Every hit under the point, as a click on the viewer asks for it. */
export function pickAt(model: BodyModel, point: ScreenPoint) {
  let camera = cameras.get(point.view);
  if (!camera) {
    camera = new PerspectiveCamera(30, 16 / 10, 5, 2500);
    applyPreset(camera, CAMERA_PRESETS[point.view]);
    camera.updateMatrixWorld();
    cameras.set(point.view, camera);
  }
  raycaster.setFromCamera(new Vector2(point.x, point.y), camera);
  return pickAll(model, raycaster);
}

/**
 * Findings placed where clicks land, as the marking tool makes them: the anchor on the first
 * surface and a restriction running toward the head (or across, where the surface faces up).
 */
export function clickedPlaces(model: BodyModel, points: readonly ScreenPoint[]): MarkedPlace[] {
  return points.flatMap((point) => {
    const input = surfaceAnchor(pickAt(model, point));
    const anchor = input && SurfaceAnchor.safeParse(input);
    if (!anchor?.success) return [];
    const { point: at, normal } = anchor.data;
    const direction = tangentDirection('superior', at, normal) ?? tangentDirection('medial', at, normal);
    return direction ? [{ anchor: anchor.data, direction }] : [];
  });
}

/** Plain three.js raycasting: three-mesh-bvh falls back to it for a geometry without a bounds tree. */
function withoutBoundsTrees<T>(model: BodyModel, work: () => Promise<T>): Promise<T> {
  const trees: (GeometryBVH | undefined)[] = model.meshes.map((mesh) => mesh.geometry.boundsTree);
  model.meshes.forEach((mesh) => (mesh.geometry.boundsTree = undefined));
  return work().finally(() =>
    model.meshes.forEach((mesh, index) => (mesh.geometry.boundsTree = trees[index])),
  );
}

/** Picking on the built model, with its bounds trees and without, and its size. */
export async function pickFigures(model: BodyModel, points: readonly ScreenPoint[]): Promise<Figure[]> {
  let next = 0;
  const pickOne = () => pickAt(model, points[next++ % points.length]!);
  const accelerated = await medianMs(pickOne, points.length, 20);
  // Plain raycasts take milliseconds each: a few hundred give a steady median.
  const plain = await withoutBoundsTrees(model, () => medianMs(pickOne, Math.min(points.length, 200), 5));
  return [
    figure(
      'pick_ms',
      accelerated,
      'ms',
      `every structure under a click on the full model (${points.length} points on 4 views); baseline plain three.js raycast`,
      plain,
    ),
    figure('model_triangles', model.triangleCount, 'triangles', 'the full model, every layer'),
  ];
}

/**
 * Building the whole model from the atlas: what the build does once to make the model asset (and
 * a viewer only when that asset is refused). Its peer is three's GLTFLoader parsing the exported
 * `.glb` of the same model, measured in the same run.
 */
export async function generateFigure(runs: number): Promise<Figure> {
  const generate = await medianMs(buildWholeBody, runs, 0);
  const { bytes } = bodyGltf(buildWholeBody());
  const parse = await medianMs(() => loadBodyGlb(bytes), runs, 1);
  return figure(
    'model_generate_ms',
    generate,
    'ms',
    `structures and fascia envelope built from the atlas, under Node; baseline GLTFLoader parsing the same model's ${(bytes.byteLength / 1e6).toFixed(1)} MB .glb`,
    parse,
  );
}

/**
 * Reading the model asset the build ships into a pickable model (bounds trees included): what each
 * app session does instead of building. Its peer is three's GLTFLoader parsing the same model's
 * `.glb`, which gives meshes without bounds trees, in the same run.
 */
export async function loadFigure(model: BodyModel, runs: number): Promise<Figure> {
  const asset = encodeBodyAsset(model);
  const { bytes } = bodyGltf(model);
  const load = await medianMs(() => decodeBodyAsset(asset.buffer as ArrayBuffer, ATLAS), runs, 1);
  const parse = await medianMs(() => loadBodyGlb(bytes), runs, 1);
  return figure(
    'model_load_ms',
    load,
    'ms',
    `the ${(asset.byteLength / 1e6).toFixed(1)} MB model asset read into a pickable model, under Node; baseline GLTFLoader parsing the same model's ${(bytes.byteLength / 1e6).toFixed(1)} MB .glb`,
    parse,
  );
}
