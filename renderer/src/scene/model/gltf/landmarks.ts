import type { Vec3 } from '../../../../../shared/anatomy';
import type { GlbMesh } from './glb';

/**
 * The ANSUR II surface landmarks (Gordon et al. 2014, NATICK/TR-15/007, appendix on landmarks),
 * found on the model as built: each is the skin point nearest the bony feature it is defined on,
 * so the figures follow the geometry whenever the atlas changes.
 */
export const MIDLINE_LANDMARKS = ['vertex', 'menton', 'cervicale', 'suprasternale'] as const;
export const PAIRED_LANDMARKS = [
  'acromion',
  'radiale',
  'stylion',
  'dactylion',
  'iliocristale',
  'trochanterion',
  'tibiale',
  'sphyrion',
  'pternion',
  'acropodion',
] as const;
export type LandmarkName =
  (typeof MIDLINE_LANDMARKS)[number] | `${(typeof PAIRED_LANDMARKS)[number]}_${'L' | 'R'}`;

type Side = 'L' | 'R';

/** The bony feature a landmark sits over: the extreme vertex of a bone in one direction. */
interface BonyFeature {
  slug: string;
  /** Scores a vertex; the highest wins. `sx` is +1 on the client's left, -1 on the right. */
  score: (p: Vec3, sx: number) => number;
  /** Only vertices within this many cm of the bone's top count (the head of a long bone). */
  withinOfTop?: number;
}

const FEATURES: Record<(typeof PAIRED_LANDMARKS)[number], BonyFeature> = {
  // the lateral tip of the acromion, in the top of the scapula
  acromion: { slug: 'scapula', score: ([x], sx) => x * sx, withinOfTop: 3 },
  // the top of the head of the radius
  radiale: { slug: 'radius', score: ([, y]) => y },
  // the tip of the radial styloid: the radius's lowest point, arms hanging
  stylion: { slug: 'radius', score: ([, y]) => -y },
  // the tip of the middle finger: the hand's lowest point, arms hanging
  dactylion: { slug: 'hand_bones', score: ([, y]) => -y },
  // the top of the iliac crest
  iliocristale: { slug: 'hip_bone', score: ([, y]) => y },
  // the most lateral point of the greater trochanter, in the top of the femur
  trochanterion: { slug: 'femur', score: ([x], sx) => x * sx, withinOfTop: 12 },
  // the medial edge of the tibial plateau
  tibiale: { slug: 'tibia', score: ([x], sx) => -x * sx, withinOfTop: 2 },
  // the tip of the medial malleolus: the tibia's lowest point
  sphyrion: { slug: 'tibia', score: ([, y]) => -y },
  // the back of the heel
  pternion: { slug: 'foot_bones', score: ([, , z]) => -z },
  // the tip of the longest toe
  acropodion: { slug: 'foot_bones', score: ([, , z]) => z },
};

const MIDLINE_FEATURES: Record<Exclude<(typeof MIDLINE_LANDMARKS)[number], 'vertex'>, BonyFeature> = {
  // the lowest point of the chin
  menton: { slug: 'mandible', score: ([x, y]) => -y - 10 * Math.abs(x) },
  // the tip of the C7 spinous process: the cervical spine's most posterior point
  cervicale: { slug: 'cervical_spine', score: ([x, , z]) => -z - 10 * Math.abs(x) },
  // the jugular notch, at the top of the manubrium
  suprasternale: { slug: 'sternum', score: ([x, y]) => y - 10 * Math.abs(x) },
};

function vertexAt(mesh: GlbMesh, i: number): Vec3 {
  return [mesh.positions[i * 3]!, mesh.positions[i * 3 + 1]!, mesh.positions[i * 3 + 2]!];
}

function bonyPoint(bone: GlbMesh, feature: BonyFeature, sx: number): Vec3 {
  const count = bone.positions.length / 3;
  let top = -Infinity;
  for (let i = 0; i < count; i++) top = Math.max(top, bone.positions[i * 3 + 1]!);
  let best: Vec3 | null = null;
  let bestScore = -Infinity;
  for (let i = 0; i < count; i++) {
    const p = vertexAt(bone, i);
    if (feature.withinOfTop !== undefined && p[1] < top - feature.withinOfTop) continue;
    const score = feature.score(p, sx);
    if (score > bestScore) [best, bestScore] = [p, score];
  }
  return best!;
}

function nearestOnSkin(skin: GlbMesh, p: Vec3): Vec3 {
  let best = 0;
  let bestDistance = Infinity;
  for (let i = 0; i < skin.positions.length / 3; i++) {
    const d =
      (skin.positions[i * 3]! - p[0]) ** 2 +
      (skin.positions[i * 3 + 1]! - p[1]) ** 2 +
      (skin.positions[i * 3 + 2]! - p[2]) ** 2;
    if (d < bestDistance) [best, bestDistance] = [i, d];
  }
  return vertexAt(skin, best);
}

const centi = (v: number) => Math.round(v * 100) / 100;
const round = (p: Vec3): Vec3 => [centi(p[0]), centi(p[1]), centi(p[2])];

/**
 * `meshOf(slug, side)` gives a structure's mesh: the skin (`superficial_fascia`, midline), a
 * midline bone, or one side's bone.
 */
export function findLandmarks(
  meshOf: (slug: string, side: Side | 'M') => GlbMesh,
): Record<LandmarkName, Vec3> {
  const skin = meshOf('superficial_fascia', 'M');
  let vertex = 0;
  for (let i = 1; i < skin.positions.length / 3; i++)
    if (skin.positions[i * 3 + 1]! > skin.positions[vertex * 3 + 1]!) vertex = i;
  const found: Partial<Record<LandmarkName, Vec3>> = { vertex: round(vertexAt(skin, vertex)) };
  for (const [name, feature] of Object.entries(MIDLINE_FEATURES)) {
    found[name as LandmarkName] = round(
      nearestOnSkin(skin, bonyPoint(meshOf(feature.slug, 'M'), feature, 1)),
    );
  }
  for (const name of PAIRED_LANDMARKS) {
    for (const side of ['L', 'R'] as const) {
      const feature = FEATURES[name];
      const bony = bonyPoint(meshOf(feature.slug, side), feature, side === 'L' ? 1 : -1);
      found[`${name}_${side}`] = round(nearestOnSkin(skin, bony));
    }
  }
  return found as Record<LandmarkName, Vec3>;
}
