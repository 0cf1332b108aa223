import { BufferAttribute, BufferGeometry, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { describe, expect, it } from 'vitest';
import { ATLAS, endangermentSites, tenderPointSites, type BodySite } from '../../../../shared/anatomy';
import { buildStructureMeshes } from './buildStructures';
import type { MeshData } from './meshData';

/**
 * Every tender point and caution site must lie on the surface of the structure it names, measured
 * against the geometry the app actually draws (not against the atlas's guide curves).
 */
const { meshes } = buildStructureMeshes(ATLAS);

function surfaceDistance(mesh: MeshData, point: readonly number[]): number {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(Float32Array.from(mesh.positions), 3));
  geometry.setIndex(mesh.indices);
  const bvh = new MeshBVH(geometry);
  const target = { point: new Vector3(), distance: 0, faceIndex: 0 };
  bvh.closestPointToPoint(new Vector3(point[0], point[1], point[2]), target);
  return target.distance;
}

function check(sites: readonly BodySite[]) {
  return sites.map((site) => {
    const mesh = meshes.get(site.structureId);
    return {
      site: site.id,
      structure: site.structureId,
      distance: mesh ? surfaceDistance(mesh, site.point) : Infinity,
    };
  });
}

describe('fixed body sites', () => {
  it('has the 18 ACR tender points as nine bilateral pairs', () => {
    expect(tenderPointSites()).toHaveLength(18);
    expect(tenderPointSites().filter((s) => s.side === 'left')).toHaveLength(9);
  });

  it('places every tender point within 1 cm of the surface of the structure it names', () => {
    const far = check(tenderPointSites()).filter((r) => r.distance > 1);
    expect(far).toEqual([]);
  });

  it('places every endangerment site within 1 cm of the surface of the structure it names', () => {
    const far = check(endangermentSites()).filter((r) => r.distance > 1);
    expect(far).toEqual([]);
  });
});
