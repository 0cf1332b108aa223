import type { Mesh } from 'three';
import { describe, expect, it } from 'vitest';
import { writeGlb, type GlbMesh } from './glb';
import { loadBodyGlb } from './load';

const tetrahedron: GlbMesh = {
  positions: Float32Array.from([0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1]),
  normals: Float32Array.from([-1, -1, -1, 1, 0, 0, 0, 1, 0, 0, 0, 1]),
  indices: Uint32Array.from([0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3]),
};

describe('writeGlb', () => {
  const bytes = writeGlb({
    generator: 'test',
    extras: { units: 'centimetres' },
    nodes: [
      { name: 'a_L', extras: { id: 'a_L', kind: 'muscle' }, mesh: tetrahedron },
      { name: 'landmarks', extras: { landmarks: { vertex: [0, 172, 0] } } },
    ],
  });

  it('is a glTF 2.0 binary with its chunks aligned to 4 bytes', () => {
    const view = new DataView(bytes.buffer);
    expect(view.getUint32(0, true)).toBe(0x46546c67);
    expect(view.getUint32(4, true)).toBe(2);
    expect(view.getUint32(8, true)).toBe(bytes.byteLength);
    expect(bytes.byteLength % 4).toBe(0);
    expect(view.getUint32(12, true) % 4).toBe(0);
  });

  it("reads back in three's glTF loader with its names, extras and geometry", async () => {
    const { scene, landmarks } = await loadBodyGlb(bytes);
    const mesh = scene.getObjectByName('a_L') as Mesh;
    expect(mesh.isMesh).toBe(true);
    expect(mesh.userData).toMatchObject({ id: 'a_L', kind: 'muscle' });
    expect(Array.from(mesh.geometry.getAttribute('position').array)).toEqual(
      Array.from(tetrahedron.positions),
    );
    expect(Array.from(mesh.geometry.index!.array)).toEqual(Array.from(tetrahedron.indices));
    expect(landmarks).toEqual({ vertex: [0, 172, 0] });
  });
});
