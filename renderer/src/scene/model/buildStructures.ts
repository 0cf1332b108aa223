import type { Atlas, Structure } from '../../../../shared/anatomy';
import { mirrorMesh, type MeshData } from './meshData';
import { buildSheet } from './sheet';
import { buildSolid, type SolidEllipsoid } from './solid';
import { buildSpindle, type Capsule } from './spindle';
import { addCapsule, addEllipsoid, createSupportField } from './supportField';
import type { WrapContext } from './wrap';

/**
 * Builds every structure's surface from the atlas, deep to superficial. Structures that share a
 * stack level are built against the same support (they lie side by side, not on top of each
 * other); a left structure's right twin is its mirror image, so both sides match exactly.
 */
export interface StructureMeshes {
  /** Mesh per structure id (the envelope is built separately, see envelope.ts). */
  readonly meshes: Map<string, MeshData>;
  /** Bones and muscles as primitives, for the envelope's implicit surface. */
  readonly envelopeInput: EnvelopeInput;
}

export interface EnvelopeInput {
  /** ax ay az bx by bz ra rb per capsule. */
  readonly capsules: Float32Array;
  /** cx cy cz rx ry rz + 9 axis components per ellipsoid. */
  readonly ellipsoids: Float32Array;
  /** Owner index per primitive, so blending happens between structures, not inside one. */
  readonly capsuleOwners: Int32Array;
  readonly ellipsoidOwners: Int32Array;
  readonly inflate: number;
}

interface Primitives {
  capsules: Capsule[];
  ellipsoids: SolidEllipsoid[];
}

function mirrorPrimitives(p: Primitives): Primitives {
  return {
    capsules: p.capsules.map((c) => ({
      a: [-c.a[0], c.a[1], c.a[2]],
      b: [-c.b[0], c.b[1], c.b[2]],
      ra: c.ra,
      rb: c.rb,
    })),
    ellipsoids: p.ellipsoids.map((e) => {
      const m = e.axes;
      // reflect x: every axis has its x component negated, and one axis is flipped to stay a rotation
      return {
        center: [-e.center[0], e.center[1], e.center[2]],
        radii: e.radii,
        axes: [m[0]!, -m[1]!, -m[2]!, -m[3]!, m[4]!, m[5]!, -m[6]!, m[7]!, m[8]!],
      };
    }),
  };
}

function buildOne(structure: Structure, ctx: WrapContext): { mesh: MeshData; primitives: Primitives } | null {
  const wrap = structure.wrap ? ctx : null;
  switch (structure.shape.kind) {
    case 'spindle': {
      const built = buildSpindle(structure.shape, wrap);
      return { mesh: built.mesh, primitives: { capsules: built.capsules, ellipsoids: [] } };
    }
    case 'sheet': {
      const built = buildSheet(structure.shape, wrap);
      return { mesh: built.mesh, primitives: { capsules: built.capsules, ellipsoids: [] } };
    }
    case 'solid': {
      const built = buildSolid(structure.shape);
      return { mesh: built.mesh, primitives: { capsules: built.capsules, ellipsoids: built.ellipsoids } };
    }
    case 'envelope':
      return null;
  }
}

export function buildStructureMeshes(atlas: Atlas): StructureMeshes {
  const ctx: WrapContext = { support: createSupportField(3, 1.9), skeleton: createSupportField(8, 14) };
  const indexOf = new Map(atlas.structures.map((s, i) => [s.id, i]));
  const meshes = new Map<string, MeshData>();
  const envelope = {
    capsules: [] as number[],
    ellipsoids: [] as number[],
    capsuleOwners: [] as number[],
    ellipsoidOwners: [] as number[],
  };
  let inflate = 0.3;

  const register = (owner: number, p: Primitives, isBone: boolean, inEnvelope: boolean) => {
    for (const c of p.capsules) {
      const ra = Math.max(c.ra, 0.05),
        rb = Math.max(c.rb, 0.05);
      addCapsule(ctx.support, c.a, c.b, ra, rb, owner);
      if (isBone) addCapsule(ctx.skeleton, c.a, c.b, ra, rb, owner);
      if (inEnvelope) {
        envelope.capsules.push(c.a[0], c.a[1], c.a[2], c.b[0], c.b[1], c.b[2], ra, rb);
        envelope.capsuleOwners.push(owner);
      }
    }
    for (const e of p.ellipsoids) {
      addEllipsoid(ctx.support, e.center, e.radii, e.axes, owner);
      if (isBone) addEllipsoid(ctx.skeleton, e.center, e.radii, e.axes, owner);
      if (inEnvelope) {
        envelope.ellipsoids.push(e.center[0], e.center[1], e.center[2], e.radii[0], e.radii[1], e.radii[2]);
        for (const a of e.axes) envelope.ellipsoids.push(a);
        envelope.ellipsoidOwners.push(owner);
      }
    }
  };

  const stacks = [...new Set(atlas.structures.map((s) => s.stack))].sort((a, b) => a - b);
  for (const stack of stacks) {
    const pending: (() => void)[] = [];
    for (const structure of atlas.structures) {
      if (structure.stack !== stack || structure.mirrorOf !== null) continue;
      if (structure.shape.kind === 'envelope') {
        inflate = structure.shape.inflate;
        continue;
      }
      const built = buildOne(structure, ctx);
      if (!built) continue;
      const isBone = structure.kind === 'bone';
      // the envelope wraps muscles and bones; fascial sheets lie within it
      const inEnvelope =
        structure.kind === 'muscle' || structure.kind === 'bone' || structure.kind === 'landmark';
      meshes.set(structure.id, built.mesh);
      pending.push(() => register(indexOf.get(structure.id)!, built.primitives, isBone, inEnvelope));
      if (structure.side === 'left') {
        const twinId = `${structure.slug}_R`;
        const twinIndex = indexOf.get(twinId);
        if (twinIndex !== undefined) {
          meshes.set(twinId, mirrorMesh(built.mesh));
          const mirrored = mirrorPrimitives(built.primitives);
          pending.push(() => register(twinIndex, mirrored, isBone, inEnvelope));
        }
      }
    }
    pending.forEach((commit) => commit());
  }

  return {
    meshes,
    envelopeInput: {
      capsules: Float32Array.from(envelope.capsules),
      ellipsoids: Float32Array.from(envelope.ellipsoids),
      capsuleOwners: Int32Array.from(envelope.capsuleOwners),
      ellipsoidOwners: Int32Array.from(envelope.ellipsoidOwners),
      inflate,
    },
  };
}
