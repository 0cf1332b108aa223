import type { Mesh } from 'three';
import { describe, expect, it } from 'vitest';
import { ATLAS } from '../../../../../shared/anatomy';
import { TISSUES } from '../../../../../shared/anatomy/tissue';
import { buildWholeBody } from '../wholeBody';
import { bodyGltf } from './bodyGltf';
import { MIDLINE_LANDMARKS, PAIRED_LANDMARKS } from './landmarks';
import { loadBodyGlb } from './load';

const model = buildWholeBody();
const exported = bodyGltf(model);
const loaded = loadBodyGlb(exported.bytes);

describe('the exported body', () => {
  it('holds every structure the app draws, one node each, with all its triangles', async () => {
    const { scene } = await loaded;
    const meshes = scene.children.filter((child): child is Mesh => (child as Mesh).isMesh);
    expect(meshes.map((mesh) => mesh.name).sort()).toEqual(
      ATLAS.structures
        .filter((s) => model.bounds.has(s.id))
        .map((s) => s.id)
        .sort(),
    );
    const triangles = meshes.reduce((sum, mesh) => sum + mesh.geometry.index!.count / 3, 0);
    expect(triangles).toBe(model.triangleCount);
    expect(exported.triangleCount).toBe(model.triangleCount);
  });

  it('says what each node is: its id, label, tissue, layer and side, with exactly one skin', async () => {
    const { scene } = await loaded;
    const meshes = scene.children.filter((child): child is Mesh => (child as Mesh).isMesh);
    for (const mesh of meshes) {
      const extras = mesh.userData as Record<string, string>;
      expect(extras.id).toBe(mesh.name);
      expect(TISSUES).toContain(extras.kind);
      expect(['left', 'right', 'midline']).toContain(extras.side);
      expect(extras.label).toMatch(/\S/);
    }
    const skins = meshes.filter((mesh) => mesh.userData.kind === 'skin');
    expect(skins.map((mesh) => mesh.name)).toEqual(['superficial_fascia_M']);
    expect(scene.getObjectByName('trapezius_upper_L')!.userData).toMatchObject({
      kind: 'muscle',
      side: 'left',
      label: expect.stringContaining('left'),
    });
  });

  it('places the ANSUR landmarks on their sides, from the head down to the feet', async () => {
    const { landmarks } = await loaded;
    const names = [...MIDLINE_LANDMARKS, ...PAIRED_LANDMARKS.flatMap((name) => [`${name}_L`, `${name}_R`])];
    expect(Object.keys(landmarks).sort()).toEqual(names.sort());
    for (const name of PAIRED_LANDMARKS) {
      expect(landmarks[`${name}_L`]![0], name).toBeGreaterThan(0);
      expect(landmarks[`${name}_R`]![0], name).toBeLessThan(0);
    }
    for (const name of MIDLINE_LANDMARKS) expect(Math.abs(landmarks[name]![0]), name).toBeLessThan(1.5);
    const height = (name: string) => landmarks[name]![1];
    const fromTheTop = [
      ['vertex', 'menton', 'cervicale', 'suprasternale'],
      ['acromion_L', 'radiale_L', 'stylion_L', 'dactylion_L'],
      ['acromion_R', 'iliocristale_R', 'trochanterion_R', 'tibiale_R', 'sphyrion_R'],
    ];
    for (const chain of fromTheTop) {
      chain.slice(1).forEach((name, i) => expect(height(name), name).toBeLessThan(height(chain[i]!)));
    }
    expect(landmarks.acropodion_L![2]).toBeGreaterThan(landmarks.pternion_L![2] + 20);
  });
});
