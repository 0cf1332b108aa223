import { Raycaster, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { ATLAS, LAYERS, type Layer } from '../../../../shared/anatomy';
import { attachEnvelope, buildBodyModel } from './bodyModel';
import { buildStructureMeshes } from './buildStructures';
import { buildEnvelope } from './envelope';
import { signedVolume, type MeshData } from './meshData';
import { firstHit, pickAll } from './picking';

const { meshes } = buildStructureMeshes(ATLAS);
const model = buildBodyModel(ATLAS);
const envelope = buildEnvelope(model.envelopeInput);
attachEnvelope(model, 'superficial_fascia_M', envelope);

/** Share of triangles whose face normal agrees with the stored vertex normals. */
function outwardShare(mesh: MeshData): number {
  const p = mesh.positions;
  const n = mesh.normals;
  let agree = 0;
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const [a, b, c] = [mesh.indices[t]! * 3, mesh.indices[t + 1]! * 3, mesh.indices[t + 2]! * 3];
    const u = [p[b]! - p[a]!, p[b + 1]! - p[a + 1]!, p[b + 2]! - p[a + 2]!];
    const v = [p[c]! - p[a]!, p[c + 1]! - p[a + 1]!, p[c + 2]! - p[a + 2]!];
    const f = [u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!];
    const sum = [0, 1, 2].map((k) => n[a + k]! + n[b + k]! + n[c + k]!);
    if (f[0]! * sum[0]! + f[1]! * sum[1]! + f[2]! * sum[2]! > 0) agree++;
  }
  return agree / (mesh.indices.length / 3);
}

function rayFrom(origin: [number, number, number], direction: [number, number, number]): Raycaster {
  return new Raycaster(new Vector3(...origin), new Vector3(...direction).normalize(), 0, 1000);
}

describe('body geometry', () => {
  it('gives every structure a mesh (the envelope comes from its own builder)', () => {
    const missing = ATLAS.structures.filter(
      (s) => s.shape.kind !== 'envelope' && !(meshes.get(s.id)?.indices.length ?? 0),
    );
    expect(missing.map((s) => s.id)).toEqual([]);
    expect(envelope.indices.length).toBeGreaterThan(3000);
  });

  it('gives every surface uv, a fibre coordinate and a tendon factor, with no NaN', () => {
    for (const [id, mesh] of meshes) {
      const vertices = mesh.positions.length / 3;
      expect(mesh.uvs.length, id).toBe(vertices * 2);
      expect(mesh.fibre.length, id).toBe(vertices);
      expect(mesh.tendon.length, id).toBe(vertices);
      for (const list of [mesh.positions, mesh.normals, mesh.uvs, mesh.fibre, mesh.tendon]) {
        expect(list.every(Number.isFinite), id).toBe(true);
      }
      expect(
        mesh.uvs.every((x) => x >= 0 && x <= 1),
        id,
      ).toBe(true);
    }
    for (const mesh of model.meshes) {
      expect(mesh.geometry.getAttribute('uv'), mesh.name).toBeDefined();
      expect(mesh.geometry.getAttribute('structure'), mesh.name).toBeDefined();
    }
  });

  it('winds every surface outward, on the mirrored right side too', () => {
    for (const s of ATLAS.structures) {
      const mesh = meshes.get(s.id);
      if (!mesh) continue;
      // thin sheets taper to nothing at their edges, where a few sliver triangles disagree
      expect(outwardShare(mesh), s.id).toBeGreaterThan(0.8);
      if (s.shape.kind === 'spindle' || s.shape.kind === 'solid')
        expect(signedVolume(mesh), s.id).toBeGreaterThan(0);
    }
    const left = meshes.get('biceps_brachii_L')!;
    const right = meshes.get('biceps_brachii_R')!;
    expect(signedVolume(right)).toBeCloseTo(signedVolume(left), 3);
    expect(right.positions[0]).toBeCloseTo(-left.positions[0]!, 6);
  });

  it('winds the envelope outward and keeps it closed', () => {
    let volume = 0;
    const p = envelope.positions;
    const edges = new Map<string, number>();
    for (let t = 0; t < envelope.indices.length; t += 3) {
      const tri = [envelope.indices[t]!, envelope.indices[t + 1]!, envelope.indices[t + 2]!];
      const [a, b, c] = tri.map((i) => i * 3) as [number, number, number];
      volume +=
        p[a]! * (p[b + 1]! * p[c + 2]! - p[b + 2]! * p[c + 1]!) -
        p[a + 1]! * (p[b]! * p[c + 2]! - p[b + 2]! * p[c]!) +
        p[a + 2]! * (p[b]! * p[c + 1]! - p[b + 1]! * p[c]!);
      for (let k = 0; k < 3; k++) {
        const [x, y] = [tri[k]!, tri[(k + 1) % 3]!];
        const key = x < y ? `${x}:${y}` : `${y}:${x}`;
        edges.set(key, (edges.get(key) ?? 0) + 1);
      }
    }
    expect(volume).toBeGreaterThan(0);
    const open = [...edges.values()].filter((n) => n === 1).length;
    expect(open / edges.size).toBeLessThan(0.001);
  });

  it('stays within the software-WebGL triangle budget', () => {
    expect(model.triangleCount).toBeLessThanOrEqual(250_000);
  });

  it('keeps the body in proportion: about 172 cm tall, feet on the floor, facing +z', () => {
    const box = model.bounds.get('superficial_fascia_M')!;
    expect(box.max.y).toBeGreaterThan(170);
    expect(box.max.y).toBeLessThan(175);
    expect(box.min.y).toBeGreaterThan(-1);
    expect(box.min.y).toBeLessThan(1);
    const nose = model.bounds.get('skull_M')!;
    expect(nose.max.z).toBeGreaterThan(10);
  });
});

describe('picking', () => {
  const fromBehind = rayFrom([8, 89.4, -60], [0, 0, 1]);

  it('returns every hit along the ray with structure id, layer, point, normal and (u, v)', () => {
    const hits = pickAll(model, fromBehind);
    expect(hits[0]?.structureId).toBe('superficial_fascia_M');
    const ids = hits.map((h) => h.structureId);
    expect(ids).toContain('gluteus_maximus_L');
    const muscle = firstHit(hits, 'muscle')!;
    expect(muscle.structureId).toBe('gluteus_maximus_L');
    expect(muscle.layer).toBe('superficial_muscle');
    expect(muscle.normal[2]).toBeLessThan(0);
    expect(muscle.uv.every((x) => x >= 0 && x <= 1)).toBe(true);
    for (let i = 1; i < hits.length; i++)
      expect(hits[i]!.distance).toBeGreaterThanOrEqual(hits[i - 1]!.distance);
  });

  it('drops hidden layers', () => {
    const superficial = model.layerMeshes.get('superficial_muscle')!;
    superficial.visible = false;
    try {
      const hits = pickAll(model, fromBehind);
      expect(hits.some((h) => h.layer === 'superficial_muscle')).toBe(false);
      expect(firstHit(hits, 'muscle')?.layer).toBe('deep_muscle');
    } finally {
      superficial.visible = true;
    }
    const onlySkeleton = new Set<Layer>(LAYERS.filter((l) => l === 'skeleton'));
    expect(pickAll(model, fromBehind, onlySkeleton).every((h) => h.layer === 'skeleton')).toBe(true);
  });

  it('sees through faded layers: a click passes to the first shown layer beneath', () => {
    const fascia = model.layerMeshes.get('superficial_fascia')!;
    fascia.userData.ghost = true;
    try {
      expect(pickAll(model, fromBehind)[0]?.structureId).toBe('gluteus_maximus_L');
    } finally {
      fascia.userData.ghost = false;
    }
    expect(pickAll(model, fromBehind)[0]?.structureId).toBe('superficial_fascia_M');
  });

  it('finds the piriformis under the gluteus maximus', () => {
    const ids = pickAll(model, rayFrom([8, 89.4, -60], [0, 0, 1])).map((h) => h.structureId);
    expect(ids.indexOf('piriformis_L')).toBeGreaterThan(ids.indexOf('gluteus_maximus_L'));
  });
});
