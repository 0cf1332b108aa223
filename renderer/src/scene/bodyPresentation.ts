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
import { attachEnvelope, buildBodyModel, type BodyModel } from './model/bodyModel';
import type { EnvelopeInput } from './model/buildStructures';
import type { EnvelopeMesh } from './model/envelope';
import type { LayerMode } from './viewerStore';

/**
 * The body as the viewer draws it: the model's layer meshes with their shared materials, the
 * fascia depth pre-passes, and the per-structure state texture. Built once per app session and
 * reused by every viewer (explorer, marking, printing), so geometry and materials are shared.
 */
export interface BodyPresentation {
  readonly model: BodyModel;
  readonly group: Group;
  readonly state: StructureStateTexture;
  /** Resolves once the superficial fascia envelope (built in a worker) is in the group. */
  readonly envelopeReady: Promise<void>;
  apply(modes: Record<Layer, LayerMode>, fasciaOpacity: number): void;
}

export const ENVELOPE_ID = 'superficial_fascia_M';

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

function buildEnvelopeInWorker(input: EnvelopeInput): Promise<EnvelopeMesh> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./model/envelope.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<EnvelopeMesh>) => {
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = (event) => {
      reject(new Error(event.message || 'The fascia envelope could not be built'));
      worker.terminate();
    };
    worker.postMessage(input);
  });
}

let cached: BodyPresentation | null = null;

export function getBodyPresentation(): BodyPresentation {
  if (cached) return cached;
  const model = buildBodyModel(ATLAS);
  const state = createStructureState(model.structureIds.length);
  const group = new Group();
  group.name = 'body';
  const materials = new Map<Layer, MeshStandardMaterial>();
  const prepasses = new Map<Layer, Mesh>();
  let last: { modes: Record<Layer, LayerMode>; opacity: number } | null = null;

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
  model.layerMeshes.forEach((mesh, layer) => present(layer, mesh));

  const presentation: BodyPresentation = {
    model,
    group,
    state,
    envelopeReady: buildEnvelopeInWorker(model.envelopeInput).then(
      (envelope) => {
        present('superficial_fascia', attachEnvelope(model, ENVELOPE_ID, envelope));
        if (last) presentation.apply(last.modes, last.opacity);
      },
      () => undefined,
    ),
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
