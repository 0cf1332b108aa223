import { ATLAS, structureById, structureLabel, type Structure } from '../../../../../shared/anatomy';
import { tissueOf } from '../../../../../shared/anatomy/tissue';
import type { BodyModel } from '../bodyModel';
import { writeGlb, type GlbMesh, type GlbNode } from './glb';
import { findLandmarks } from './landmarks';
import { structureMeshes } from './structureMeshes';

/**
 * The body as a glTF 2.0 file anyone can open: one node per structure, named by its atlas id,
 * with what it is in `extras`, and a mesh-less `landmarks` node holding the ANSUR landmarks.
 * Body space is kept as the app uses it (centimetres, +y up, facing +z, the client's left on +x,
 * feet on y = 0), which glTF's own axes already match; only its unit differs from glTF's metres,
 * and `asset.extras` says so.
 */
export interface BodyGltf {
  bytes: Uint8Array;
  triangleCount: number;
}

function structureNode(structure: Structure, mesh: GlbMesh): GlbNode {
  return {
    name: structure.id,
    mesh,
    extras: {
      id: structure.id,
      label: structureLabel(structure),
      kind: tissueOf(structure),
      layer: structure.layer,
      side: structure.side,
    },
  };
}

export function bodyGltf(model: BodyModel): BodyGltf {
  const meshes = structureMeshes(model);
  const nodes: GlbNode[] = [];
  let triangleCount = 0;
  for (const structure of ATLAS.structures) {
    const mesh = meshes.get(structure.id);
    if (!mesh) continue;
    nodes.push(structureNode(structure, mesh));
    triangleCount += mesh.indices.length / 3;
  }
  const landmarks = findLandmarks((slug, side) => {
    const id = `${slug}_${side}`;
    const mesh = meshes.get(id);
    if (!mesh || !structureById(id)) throw new Error(`The model has no ${id} to find its landmarks on`);
    return mesh;
  });
  nodes.push({ name: 'landmarks', extras: { landmarks } });
  const bytes = writeGlb({
    generator: `FasciaMap body model, atlas v${model.atlasVersion}`,
    extras: {
      units: 'centimetres',
      up: '+y',
      facing: '+z',
      clientLeft: '+x',
      atlasVersion: model.atlasVersion,
    },
    nodes,
  });
  return { bytes, triangleCount };
}
