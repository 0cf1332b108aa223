import {
  DoubleSide,
  Raycaster,
  Vector3,
  type BufferGeometry,
  type Material,
  type Mesh,
  type Object3D,
} from 'three';
import { acceleratedRaycast, computeBoundsTree } from 'three-mesh-bvh';
import type { Vec3 } from '../../../../../shared/anatomy';
import type { Tissue } from '../../../../../shared/anatomy/tissue';

/**
 * Figures for an exported body, read back from the file as any glTF viewer would load it: the
 * checks model v2 is held to (a closed skin of the right area and volume, stature, head count,
 * and what shows first under the skin in the front and back views).
 */
export interface StructureExtras {
  id: string;
  kind: Tissue;
  layer: string;
  side: string;
}

export interface SurfaceTopology {
  /** Edges used by one triangle only: a hole's rim. Zero on a closed surface. */
  boundaryEdges: number;
  /** Edges shared by more than two triangles. Zero on a clean surface. */
  nonManifoldEdges: number;
  /** Separate pieces. One for a single closed skin. */
  components: number;
}

/** Corners at the same place are one vertex, however the mesher or the file split them. */
function weld(positions: ArrayLike<number>): Uint32Array {
  const ids = new Map<string, number>();
  const welded = new Uint32Array(positions.length / 3);
  for (let i = 0; i < welded.length; i++) {
    const key = `${Math.round(positions[i * 3]! * 1e4)},${Math.round(positions[i * 3 + 1]! * 1e4)},${Math.round(positions[i * 3 + 2]! * 1e4)}`;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    welded[i] = id;
  }
  return welded;
}

export function surfaceTopology(positions: ArrayLike<number>, indices: ArrayLike<number>): SurfaceTopology {
  const vertex = weld(positions);
  const edgeUse = new Map<number, number>();
  const vertexCount = Math.max(0, ...vertex) + 1;
  const parent = Int32Array.from({ length: vertexCount }, (_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let t = 0; t < indices.length; t += 3) {
    const corners = [vertex[indices[t]!]!, vertex[indices[t + 1]!]!, vertex[indices[t + 2]!]!];
    for (let k = 0; k < 3; k++) {
      const a = corners[k]!;
      const b = corners[(k + 1) % 3]!;
      const key = Math.min(a, b) * vertexCount + Math.max(a, b);
      edgeUse.set(key, (edgeUse.get(key) ?? 0) + 1);
      parent[root(a)] = root(b);
    }
  }
  let boundaryEdges = 0;
  let nonManifoldEdges = 0;
  for (const uses of edgeUse.values()) {
    if (uses === 1) boundaryEdges++;
    else if (uses > 2) nonManifoldEdges++;
  }
  const used = new Set<number>();
  for (let t = 0; t < indices.length; t++) used.add(root(vertex[indices[t]!]!));
  return { boundaryEdges, nonManifoldEdges, components: used.size };
}

/** Area, cm², and enclosed volume, cm³ (by the divergence theorem; positive when facing out). */
export function areaAndVolume(positions: ArrayLike<number>, indices: ArrayLike<number>) {
  let area = 0;
  let volume = 0;
  const a = new Vector3();
  const b = new Vector3();
  const c = new Vector3();
  for (let t = 0; t < indices.length; t += 3) {
    a.fromArray(positions as number[], indices[t]! * 3);
    b.fromArray(positions as number[], indices[t + 1]! * 3);
    c.fromArray(positions as number[], indices[t + 2]! * 3);
    volume += a.dot(b.clone().cross(c)) / 6;
    area += b.sub(a).cross(c.sub(a)).length() / 2;
  }
  return { areaCm2: area, volumeCm3: volume };
}

export type FirstUnderSkin = Tissue | 'deep_fascia' | 'superficial_fascia' | 'nothing';

export interface ViewExposure {
  /** Grid rays that meet the skin. */
  silhouetteRays: number;
  /** Share of those rays by what they meet first beneath the skin and superficial fascia. */
  share: Partial<Record<FirstUnderSkin, number>>;
}

export interface BodyFigures {
  triangles: number;
  skin: SurfaceTopology & { areaM2: number; volumeL: number };
  statureCm: number;
  headHeightCm: number;
  heads: number;
  views: Record<'anterior' | 'posterior', ViewExposure>;
}

interface LoadedMesh {
  mesh: Mesh;
  extras: StructureExtras;
}

function meshesOf(scene: Object3D): LoadedMesh[] {
  const found: LoadedMesh[] = [];
  scene.traverse((object) => {
    const mesh = object as Mesh;
    if (!mesh.isMesh) return;
    const extras = mesh.userData as Partial<StructureExtras>;
    if (typeof extras.id !== 'string' || typeof extras.kind !== 'string')
      throw new Error(`Node ${mesh.name} has no structure extras`);
    found.push({ mesh, extras: extras as StructureExtras });
  });
  return found;
}

/** What a ray meets first once past the skin: deep fascia is named apart from the other fascia. */
function layerOf(extras: StructureExtras): FirstUnderSkin {
  if (extras.kind !== 'fascia') return extras.kind;
  return extras.layer === 'superficial_fascia' ? 'superficial_fascia' : 'deep_fascia';
}

/**
 * An orthographic grid of rays, one per `spacing` cm, into the front or the back of the body.
 * Only rays that meet the skin count; each counts what it meets first under the skin and the
 * superficial fascia.
 */
function viewExposure(
  meshes: readonly LoadedMesh[],
  bounds: { min: Vector3; max: Vector3 },
  view: 'anterior' | 'posterior',
  spacing: number,
): ViewExposure {
  const raycaster = new Raycaster();
  const toward = new Vector3(0, 0, view === 'anterior' ? -1 : 1);
  const startZ = view === 'anterior' ? bounds.max.z + 10 : bounds.min.z - 10;
  const objects = meshes.map((item) => item.mesh);
  const extrasOf = new Map(meshes.map((item) => [item.mesh, item.extras]));
  const counts = new Map<FirstUnderSkin, number>();
  let silhouetteRays = 0;
  for (let x = bounds.min.x + spacing / 2; x < bounds.max.x; x += spacing) {
    for (let y = bounds.min.y + spacing / 2; y < bounds.max.y; y += spacing) {
      raycaster.set(new Vector3(x, y, startZ), toward);
      const hits = raycaster.intersectObjects(objects, false);
      if (!hits.some((hit) => extrasOf.get(hit.object as Mesh)!.kind === 'skin')) continue;
      silhouetteRays++;
      const beneath = hits
        .map((hit) => layerOf(extrasOf.get(hit.object as Mesh)!))
        .find((layer) => layer !== 'skin' && layer !== 'superficial_fascia');
      const first = beneath ?? 'nothing';
      counts.set(first, (counts.get(first) ?? 0) + 1);
    }
  }
  const share: ViewExposure['share'] = {};
  for (const [layer, count] of counts) share[layer] = count / silhouetteRays;
  return { silhouetteRays, share };
}

/** Measures a body loaded from an exported file (its scene and its `landmarks` node's points). */
export function measureBody(
  scene: Object3D,
  landmarks: Readonly<Record<string, Vec3>>,
  spacing = 1,
): BodyFigures {
  const meshes = meshesOf(scene);
  const skins = meshes.filter((item) => item.extras.kind === 'skin');
  if (skins.length !== 1) throw new Error(`The body has ${skins.length} skin nodes; it needs exactly one`);
  let triangles = 0;
  for (const { mesh } of meshes) {
    const geometry = mesh.geometry as BufferGeometry;
    triangles += geometry.index!.count / 3;
    geometry.computeBoundsTree = computeBoundsTree;
    geometry.computeBoundsTree();
    mesh.raycast = acceleratedRaycast;
    (mesh.material as Material).side = DoubleSide;
  }
  scene.updateMatrixWorld(true);
  const skin = skins[0]!.mesh.geometry as BufferGeometry;
  const positions = skin.getAttribute('position').array;
  const indices = skin.index!.array;
  const { areaCm2, volumeCm3 } = areaAndVolume(positions, indices);
  skin.computeBoundingBox();
  const bounds = skin.boundingBox!;
  const statureCm = bounds.max.y - bounds.min.y;
  const headHeightCm = landmarks.vertex![1] - landmarks.menton![1];
  return {
    triangles,
    skin: { ...surfaceTopology(positions, indices), areaM2: areaCm2 / 1e4, volumeL: volumeCm3 / 1000 },
    statureCm,
    headHeightCm,
    heads: statureCm / headHeightCm,
    views: {
      anterior: viewExposure(meshes, bounds, 'anterior', spacing),
      posterior: viewExposure(meshes, bounds, 'posterior', spacing),
    },
  };
}
