import { Group, Mesh, type MeshStandardMaterial } from 'three';
import { ATLAS, LAYERS, type Layer } from '../../../shared/anatomy';
import {
  type BodyMaterialOptions,
  createBodyMaterial,
  createDepthPrepass,
  setGhost,
  setMembraneOpacity,
} from './materials/bodyMaterials';
import { createCollagenNormalMap } from './materials/collagen';
import { createStructureState, type StructureStateTexture } from './materials/structureState';
import { emptyBodyModel, fillBodyModel, type BodyModel } from './model/bodyModel';
import { decodeBodyAsset } from './model/asset/decode';
import { requestBodyAsset } from './model/asset/requestBodyAsset';
import type { LayerMode } from './viewerStore';

export { ENVELOPE_ID } from './model/wholeBody';

/** Where the session's model came from: the prebuilt asset, or built in a worker when it was refused. */
export type ModelSource = 'asset' | 'built';

/**
 * The body as the viewer draws it: the model's layer meshes with their shared materials, the
 * fascia depth pre-passes, and the per-structure state texture. Made once per app session and
 * reused by every viewer (explorer, marking, printing), so geometry and materials are shared.
 * It exists at once; its model's meshes arrive when the prebuilt model asset has been read (never
 * in a React render), and `envelopeReady` says when.
 */
export interface BodyPresentation {
  readonly model: BodyModel;
  readonly group: Group;
  readonly state: StructureStateTexture;
  /** Resolves once the whole model, superficial fascia envelope included, is in the group. */
  readonly envelopeReady: Promise<void>;
  /** Where the model came from, once it is in; null before. */
  readonly source: ModelSource | null;
  apply(modes: Record<Layer, LayerMode>, fasciaOpacity: number): void;
}

const MEMBRANE_LAYERS = new Set<Layer>(['superficial_fascia', 'deep_fascia']);
/** Draw order: opaque layers, then ghosted layers, then deep fascia, then the outer envelope. */
const MEMBRANE_ORDER: Partial<Record<Layer, number>> = { deep_fascia: 2, superficial_fascia: 4 };
/**
 * The skin is a faint veil face-on so the layers under it show; the deep fascia is the sheet the
 * clinic works on, so it stays visible face-on and carries its collagen relief.
 */
const MEMBRANE_LOOK: Partial<Record<Layer, Pick<BodyMaterialOptions, 'faceOn' | 'normalMap'>>> = {
  superficial_fascia: { faceOn: 0.14 },
  deep_fascia: { faceOn: 0.7, normalMap: createCollagenNormalMap() },
};

/** The whole model built off the UI thread, as asset bytes: the fallback for a refused asset. */
function buildInWorker(): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./model/asset/body.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ArrayBuffer>) => {
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = (event) => {
      reject(new Error(event.message || 'The body model could not be built'));
      worker.terminate();
    };
    worker.postMessage(null);
  });
}

/** The model from the prebuilt asset; if that is missing, old or damaged, built in a worker. */
async function readModel(): Promise<{ model: BodyModel; source: ModelSource }> {
  try {
    return { model: decodeBodyAsset(await requestBodyAsset(), ATLAS), source: 'asset' };
  } catch (error) {
    console.warn(`${(error as Error).message}. Building the model instead.`);
    return { model: decodeBodyAsset(await buildInWorker(), ATLAS), source: 'built' };
  }
}

let cached: BodyPresentation | null = null;

export function getBodyPresentation(): BodyPresentation {
  if (cached) return cached;
  const model = emptyBodyModel(ATLAS);
  const state = createStructureState(model.structureIds.length);
  const group = new Group();
  group.name = 'body';
  const materials = new Map<Layer, MeshStandardMaterial>();
  const prepasses = new Map<Layer, Mesh>();
  let last: { modes: Record<Layer, LayerMode>; opacity: number } | null = null;
  let source: ModelSource | null = null;

  const present = (layer: Layer, mesh: Mesh) => {
    const membrane = MEMBRANE_LAYERS.has(layer);
    const material = createBodyMaterial({
      layer,
      stateTexture: state.texture,
      stripeStrength: layer === 'skeleton' ? 0 : membrane ? 0.05 : 0.2,
      membrane,
      ...MEMBRANE_LOOK[layer],
    });
    mesh.material = material;
    materials.set(layer, material);
    group.add(mesh);
    if (membrane) {
      const order = MEMBRANE_ORDER[layer] ?? 2;
      const prepass = new Mesh(mesh.geometry, createDepthPrepass());
      prepass.matrixAutoUpdate = false;
      prepass.renderOrder = order;
      prepass.raycast = () => undefined;
      mesh.renderOrder = order + 1;
      prepasses.set(layer, prepass);
      group.add(prepass);
    }
  };

  const presentation: BodyPresentation = {
    model,
    group,
    state,
    envelopeReady: readModel().then(
      (read) => {
        fillBodyModel(model, read.model);
        model.layerMeshes.forEach((mesh, layer) => present(layer, mesh));
        source = read.source;
        if (last) presentation.apply(last.modes, last.opacity);
      },
      (error: unknown) => console.error((error as Error).message),
    ),
    get source() {
      return source;
    },
    apply(modes, opacity) {
      last = { modes, opacity };
      for (const layer of LAYERS) {
        const mesh = model.layerMeshes.get(layer);
        const material = materials.get(layer);
        if (!mesh || !material) continue;
        const mode = modes[layer];
        const membrane = MEMBRANE_LAYERS.has(layer);
        const visible = mode !== 'hide' && (!membrane || opacity > 0.001);
        mesh.visible = visible;
        // A faded layer is see-through for picking too: a click passes on to the layer beneath.
        mesh.userData.ghost = mode === 'ghost';
        const prepass = prepasses.get(layer);
        if (prepass) prepass.visible = visible;
        if (membrane) {
          const base = layer === 'deep_fascia' ? Math.min(1, opacity * 1.1) : opacity;
          setMembraneOpacity(material, mode === 'ghost' ? base * 0.4 : base);
        } else {
          const ghost = mode === 'ghost';
          if (material.transparent !== ghost) setGhost(material, ghost);
          mesh.renderOrder = ghost ? 1 : 0;
        }
      }
    },
  };
  cached = presentation;
  return presentation;
}
