import { describe, expect, it } from 'vitest';
import { writeGlb, type GlbMesh, type GlbNode } from './glb';
import { loadBodyGlb } from './load';
import { areaAndVolume, measureBody, surfaceTopology } from './measure';

/** An axis-aligned box facing outward, its corners shared by its faces as a mesher leaves them. */
function box([x0, y0, z0]: number[], [x1, y1, z1]: number[]): GlbMesh {
  const positions = Float32Array.from(
    [0, 1, 2, 3, 4, 5, 6, 7].flatMap((i) => [i & 1 ? x1 : x0, i & 2 ? y1 : y0, i & 4 ? z1 : z0]),
  );
  // two triangles per face, wound counter-clockwise seen from outside
  const faces = [
    [0, 2, 3, 1],
    [4, 5, 7, 6],
    [0, 1, 5, 4],
    [2, 6, 7, 3],
    [0, 4, 6, 2],
    [1, 3, 7, 5],
  ];
  const indices = Uint32Array.from(faces.flatMap(([a, b, c, d]) => [a!, b!, c!, a!, c!, d!]));
  return { positions, normals: new Float32Array(positions.length), indices };
}

describe('surface figures', () => {
  const cube = box([0, 0, 0], [1, 1, 1]);

  it('a closed box has no open or shared edges, one piece, area 6 and volume 1', () => {
    expect(surfaceTopology(cube.positions, cube.indices)).toEqual({
      boundaryEdges: 0,
      nonManifoldEdges: 0,
      components: 1,
    });
    const { areaCm2, volumeCm3 } = areaAndVolume(cube.positions, cube.indices);
    expect(areaCm2).toBeCloseTo(6, 6);
    expect(volumeCm3).toBeCloseTo(1, 6);
  });

  it('a missing triangle leaves a hole of three open edges; two boxes are two pieces', () => {
    expect(surfaceTopology(cube.positions, cube.indices.slice(3)).boundaryEdges).toBe(3);
    const other = box([3, 0, 0], [4, 1, 1]);
    const positions = Float32Array.from([...cube.positions, ...other.positions]);
    const indices = Uint32Array.from([...cube.indices, ...Array.from(other.indices, (i) => i + 8)]);
    expect(surfaceTopology(positions, indices).components).toBe(2);
  });
});

describe('measureBody', () => {
  const node = (id: string, kind: string, layer: string, mesh: GlbMesh): GlbNode => ({
    name: id,
    mesh,
    extras: { id, kind, layer, side: 'midline' },
  });
  /** A 20 × 100 × 20 cm skin over a deep fascia over muscle; bone lies under its left edge. */
  async function load() {
    const bytes = writeGlb({
      generator: 'test',
      extras: {},
      nodes: [
        node('skin', 'skin', 'superficial_fascia', box([-10, 0, -10], [10, 100, 10])),
        node('deep', 'fascia', 'deep_fascia', box([-6, 0.2, -9], [9.8, 99.8, 9])),
        node('belly', 'muscle', 'deep_muscle', box([-5, 0.3, -8], [9, 99.7, 8])),
        node('bone', 'bone', 'skeleton', box([-9, 0.2, -9.5], [-6.2, 99.8, 9.5])),
        { name: 'landmarks', extras: { landmarks: { vertex: [0, 100, 0], menton: [0, 87, 5] } } },
      ],
    });
    return loadBodyGlb(bytes);
  }

  it('counts what each ray meets first under the skin, and the head by its landmarks', async () => {
    const { scene, landmarks } = await load();
    const figures = measureBody(scene, landmarks);
    expect(figures.statureCm).toBeCloseTo(100, 5);
    expect(figures.heads).toBeCloseTo(100 / 13, 5);
    expect(figures.skin.areaM2).toBeCloseTo((2 * 20 * 20 + 4 * 20 * 100) / 1e4, 6);
    expect(figures.skin.volumeL).toBeCloseTo(40, 5);
    for (const view of ['anterior', 'posterior'] as const) {
      expect(figures.views[view].silhouetteRays).toBe(20 * 100);
      // rays every 1 cm from x = -9.5: one between skin and bone, three on the bone, the rest on fascia
      expect(figures.views[view].share.bone).toBeCloseTo(3 / 20, 6);
      expect(figures.views[view].share.nothing).toBeCloseTo(1 / 20, 6);
      expect(figures.views[view].share.deep_fascia).toBeCloseTo(16 / 20, 6);
    }
  });

  it('refuses a body without exactly one skin', async () => {
    const { scene, landmarks } = await load();
    scene.getObjectByName('deep')!.userData.kind = 'skin';
    expect(() => measureBody(scene, landmarks)).toThrow('2 skin nodes');
  });
});
