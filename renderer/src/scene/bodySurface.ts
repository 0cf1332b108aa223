import { Ray, Vector3, type BufferAttribute, type Mesh } from 'three';
import type { MeshBVH } from 'three-mesh-bvh';
import { structureById } from '../../../shared/anatomy';
import { patchGrid } from '../../../shared/domain/plan/patch-grid';
import { bodySurface, type BodySurface, type SurfacePatch } from '../../../shared/domain/plan/surface';
import type { BodyModel } from './model/bodyModel';

/** How far in from the skin a structure may lie and still be "the one beneath", cm. */
const MAX_DEPTH_CM = 12;
const DOUBLE_SIDE = 2;

/**
 * The body surface the map measures work on: one patch per triangle of the superficial fascia
 * envelope that is skin, labelled with the structure nearest beneath it and that structure's WPI
 * area.
 *
 * The envelope also lines the hollows the atlas leaves inside the body (within the rib cage, the
 * pelvis, the skull); those facets are not skin and would nearly double the body's area, so a
 * patch counts only if it can see out of the body along its normal or a cone around it.
 */
export interface SkinSurface {
  surface: BodySurface;
  /** For each patch, the index of its triangle in the envelope mesh, to draw what covers it. */
  triangles: Uint32Array;
  envelope: Mesh;
}

/** Triangles measured between pauses when building without blocking the page. */
const SLICE = 3000;

export function buildBodySurface(model: BodyModel, envelope: Mesh): SkinSurface {
  const steps = surfaceSteps(model, envelope);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** The same, a slice at a time between macrotasks, so the page stays responsive for the seconds it takes. */
export async function buildBodySurfaceInSlices(model: BodyModel, envelope: Mesh): Promise<SkinSurface> {
  const steps = surfaceSteps(model, envelope);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

function* surfaceSteps(model: BodyModel, envelope: Mesh): Generator<void, SkinSurface> {
  const inner = model.meshes.filter((mesh) => mesh !== envelope);
  const skin = envelope.geometry.boundsTree as MeshBVH;
  const position = envelope.geometry.getAttribute('position') as BufferAttribute;
  const index = envelope.geometry.index!;
  const [a, b, c] = [new Vector3(), new Vector3(), new Vector3()];
  const centre = new Vector3();
  const normal = new Vector3();
  const ray = new Ray();
  const patches: SurfacePatch[] = [];
  const triangles: number[] = [];
  for (let t = 0; t < index.count; t += 3) {
    if (t > 0 && t % (SLICE * 3) === 0) yield;
    a.fromBufferAttribute(position, index.getX(t));
    b.fromBufferAttribute(position, index.getX(t + 1));
    c.fromBufferAttribute(position, index.getX(t + 2));
    centre.copy(a).add(b).add(c).divideScalar(3);
    normal.subVectors(c, b).cross(new Vector3().subVectors(a, b));
    const areaCm2 = normal.length() / 2;
    if (areaCm2 === 0) continue;
    normal.normalize();
    if (!seesOut(skin, centre, normal, ray)) continue;
    ray.origin.copy(centre).addScaledVector(normal, 0.05);
    ray.direction.copy(normal).negate();
    const structureId = structureBeneath(model, inner, ray, centre) ?? 'superficial_fascia_M';
    patches.push({
      centre: [centre.x, centre.y, centre.z],
      areaCm2,
      structureId,
      wpiArea: structureById(structureId)?.wpiArea ?? null,
    });
    triangles.push(t / 3);
  }
  const surface = bodySurface(patches);
  // The brush's index over the patches is built with them, not on the first stroke.
  patchGrid(surface);
  return { surface, triangles: Uint32Array.from(triangles), envelope };
}

/** Ray directions around a normal: itself, then rings 40° and 75° off it, six each. */
const CONE = [0, 40, 75].flatMap((tilt) =>
  (tilt === 0 ? [0] : [0, 60, 120, 180, 240, 300]).map((turn) => ({
    along: Math.cos((tilt * Math.PI) / 180),
    across: Math.sin((tilt * Math.PI) / 180),
    turn: (turn * Math.PI) / 180,
  })),
);

function seesOut(skin: MeshBVH, centre: Vector3, normal: Vector3, ray: Ray): boolean {
  const u = new Vector3(Math.abs(normal.x) < 0.9 ? 1 : 0, Math.abs(normal.x) < 0.9 ? 0 : 1, 0)
    .cross(normal)
    .normalize();
  const w = new Vector3().crossVectors(normal, u);
  ray.origin.copy(centre).addScaledVector(normal, 0.05);
  return CONE.some(({ along, across, turn }) => {
    ray.direction
      .copy(normal)
      .multiplyScalar(along)
      .addScaledVector(u, across * Math.cos(turn))
      .addScaledVector(w, across * Math.sin(turn));
    return skin.raycastFirst(ray, DOUBLE_SIDE) === null;
  });
}

function ownerOf(model: BodyModel, mesh: Mesh, faceIndex: number): string | undefined {
  const structure = mesh.geometry.getAttribute('structure') as BufferAttribute;
  const vertex = mesh.geometry.index!.getX(faceIndex * 3);
  return model.structureIds[Math.round(structure.getX(vertex))];
}

/** The nearest structure along the inward ray; failing that (a fold, a fingertip), the nearest at all. */
function structureBeneath(model: BodyModel, meshes: readonly Mesh[], ray: Ray, centre: Vector3) {
  let best: { distance: number; id: string | undefined } | null = null;
  for (const mesh of meshes) {
    const hit = (mesh.geometry.boundsTree as MeshBVH | undefined)?.raycastFirst(ray, DOUBLE_SIDE);
    if (hit && hit.distance <= MAX_DEPTH_CM && (!best || hit.distance < best.distance)) {
      best = { distance: hit.distance, id: ownerOf(model, mesh, hit.faceIndex!) };
    }
  }
  if (best?.id) return best.id;
  for (const mesh of meshes) {
    const near = (mesh.geometry.boundsTree as MeshBVH | undefined)?.closestPointToPoint(centre);
    if (near && (!best || near.distance < best.distance)) {
      best = { distance: near.distance, id: ownerOf(model, mesh, near.faceIndex) };
    }
  }
  return best?.id;
}
