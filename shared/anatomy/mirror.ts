import type { Ellipsoid, Shape, Structure, StructureSpec, Tube, Vec3, WpiAreaId } from './types';

/**
 * The atlas writes the client's left side once; the right side is its reflection in the midsagittal
 * plane (x -> -x). Rotations about y and z change sign under that reflection; rotation about x does
 * not.
 */
export function mirrorPoint([x, y, z]: Vec3): Vec3 {
  return [-x, y, z];
}

function mirrorTube(t: Tube): Tube {
  return { path: t.path.map(mirrorPoint), radius: t.radius };
}

function mirrorBlob(b: Ellipsoid): Ellipsoid {
  const mirrored: Ellipsoid = { center: mirrorPoint(b.center), radii: b.radii };
  return b.tilt ? { ...mirrored, tilt: [b.tilt[0], -b.tilt[1], -b.tilt[2]] } : mirrored;
}

export function mirrorShape(shape: Shape): Shape {
  switch (shape.kind) {
    case 'spindle':
      return { ...shape, path: shape.path.map(mirrorPoint) };
    case 'sheet':
      return { ...shape, guides: shape.guides.map((g) => g.map(mirrorPoint)) };
    case 'solid':
      return { ...shape, tubes: shape.tubes.map(mirrorTube), blobs: shape.blobs.map(mirrorBlob) };
    case 'envelope':
      return shape;
  }
}

const PAIRED_WPI = new Set([
  'jaw',
  'shoulder_girdle',
  'upper_arm',
  'lower_arm',
  'hip',
  'upper_leg',
  'lower_leg',
]);

function wpiFor(spec: StructureSpec, suffix: 'L' | 'R'): WpiAreaId | null {
  if (spec.wpi === null) return null;
  if (PAIRED_WPI.has(spec.wpi)) return `${spec.wpi}_${suffix}` as WpiAreaId;
  return spec.wpi as WpiAreaId;
}

function base(spec: StructureSpec) {
  return {
    slug: spec.slug,
    name: spec.name,
    kind: spec.kind,
    layer: spec.layer,
    region: spec.region,
    stack: spec.stack,
    wrap: spec.wrap ?? true,
  };
}

/** One spec becomes one midline structure, or a left structure and its mirrored right twin. */
export function expandSpec(spec: StructureSpec): Structure[] {
  if (spec.midline) {
    return [
      {
        ...base(spec),
        id: `${spec.slug}_M`,
        side: 'midline',
        wpiArea: wpiFor(spec, 'L'),
        shape: spec.shape,
        mirrorOf: null,
      },
    ];
  }
  const left: Structure = {
    ...base(spec),
    id: `${spec.slug}_L`,
    side: 'left',
    wpiArea: wpiFor(spec, 'L'),
    shape: spec.shape,
    mirrorOf: null,
  };
  const right: Structure = {
    ...base(spec),
    id: `${spec.slug}_R`,
    side: 'right',
    wpiArea: wpiFor(spec, 'R'),
    shape: mirrorShape(spec.shape),
    mirrorOf: left.id,
  };
  return [left, right];
}
