import { Ray, Vector3, type BufferAttribute, type Mesh } from 'three';
import type { MeshBVH } from 'three-mesh-bvh';
import { structureById } from '../../../shared/anatomy';
import { bodySurface, type BodySurface, type SurfacePatch } from '../../../shared/domain/map/surface';
import type { BodyModel } from './model/bodyModel';

/** How far in from the skin a structure may lie and still be "the one beneath", cm. */
const MAX_DEPTH_CM = 12;

/**
 * The body surface the map measures work on: one patch per triangle of the superficial fascia
 * envelope (the skin), labelled with the structure nearest beneath it and that structure's WPI
 * area. Found by casting a short ray inward along the triangle's normal; where it meets nothing
 * (a fold, a fingertip), the nearest structure by distance is taken instead.
 */
export function buildBodySurface(model: BodyModel, envelope: Mesh): BodySurface {
  const inner = model.meshes.filter((mesh) => mesh !== envelope);
  const position = envelope.geometry.getAttribute('position') as BufferAttribute;
  const index = envelope.geometry.index!;
  const [a, b, c] = [new Vector3(), new Vector3(), new Vector3()];
  const centre = new Vector3();
  const normal = new Vector3();
  const ray = new Ray();
  const patches: SurfacePatch[] = [];
  for (let t = 0; t < index.count; t += 3) {
    a.fromBufferAttribute(position, index.getX(t));
    b.fromBufferAttribute(position, index.getX(t + 1));
    c.fromBufferAttribute(position, index.getX(t + 2));
    centre.copy(a).add(b).add(c).divideScalar(3);
    normal.subVectors(c, b).cross(new Vector3().subVectors(a, b));
    const areaCm2 = normal.length() / 2;
    if (areaCm2 === 0) continue;
    normal.normalize();
    ray.origin.copy(centre).addScaledVector(normal, 0.05);
    ray.direction.copy(normal).negate();
    const structureId = structureBeneath(model, inner, ray, centre) ?? 'superficial_fascia_M';
    patches.push({
      centre: [centre.x, centre.y, centre.z],
      areaCm2,
      structureId,
      wpiArea: structureById(structureId)?.wpiArea ?? null,
    });
  }
  return bodySurface(patches);
}

function ownerOf(model: BodyModel, mesh: Mesh, faceIndex: number): string | undefined {
  const structure = mesh.geometry.getAttribute('structure') as BufferAttribute;
  const vertex = mesh.geometry.index!.getX(faceIndex * 3);
  return model.structureIds[Math.round(structure.getX(vertex))];
}

function structureBeneath(model: BodyModel, meshes: readonly Mesh[], ray: Ray, centre: Vector3) {
  let best: { distance: number; id: string | undefined } | null = null;
  for (const mesh of meshes) {
    const tree = mesh.geometry.boundsTree as MeshBVH | undefined;
    const hit = tree?.raycastFirst(ray, 2 /* DoubleSide */);
    if (hit && hit.distance <= MAX_DEPTH_CM && (!best || hit.distance < best.distance)) {
      best = { distance: hit.distance, id: ownerOf(model, mesh, hit.faceIndex!) };
    }
  }
  if (best?.id) return best.id;
  for (const mesh of meshes) {
    const tree = mesh.geometry.boundsTree as MeshBVH | undefined;
    const near = tree?.closestPointToPoint(centre);
    if (near && (!best || near.distance < best.distance)) {
      best = { distance: near.distance, id: ownerOf(model, mesh, near.faceIndex) };
    }
  }
  return best?.id;
}
