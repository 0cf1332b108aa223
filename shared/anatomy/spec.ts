import type {
  AxialWpiArea,
  Ellipsoid,
  Layer,
  Region,
  SheetShape,
  SolidShape,
  SpindleShape,
  StructureSpec,
  ThicknessProfile,
  Tube,
  Vec3,
  WpiFamily,
} from './types';

/**
 * Small constructors so the region files read as a table of anatomy rather than object syntax.
 * They only fill in defaults; no geometry is computed here.
 */
type Common = {
  slug: string;
  name: string;
  region: Region;
  wpi: WpiFamily | AxialWpiArea | null;
  stack: number;
  layer?: Layer;
  wrap?: boolean;
  midline?: boolean;
};

export function profile(
  belly: number,
  tendonOrigin: number | readonly number[] = 0.08,
  tendonInsertion: number | readonly number[] = 0.12,
  extra: { peak?: number; bands?: readonly number[] } = {},
): ThicknessProfile {
  return { belly, tendonOrigin, tendonInsertion, ...extra };
}

function muscleLayer(stack: number): Layer {
  // The teaching layer follows depth: whatever is built after the deep group shows on the surface.
  return stack >= 3.5 ? 'superficial_muscle' : 'deep_muscle';
}

export function spindle(
  common: Common,
  path: readonly Vec3[],
  width: number,
  thickness: ThicknessProfile,
): StructureSpec {
  const shape: SpindleShape = { kind: 'spindle', path, width, thickness };
  return {
    ...common,
    kind: 'muscle',
    layer: common.layer ?? muscleLayer(common.stack),
    shape,
  };
}

export function sheet(
  common: Common,
  guides: readonly (readonly Vec3[])[],
  thickness: ThicknessProfile,
): StructureSpec {
  const shape: SheetShape = { kind: 'sheet', guides, thickness };
  return {
    ...common,
    kind: 'muscle',
    layer: common.layer ?? muscleLayer(common.stack),
    shape,
  };
}

export function fasciaSheet(
  common: Common,
  guides: readonly (readonly Vec3[])[],
  thickness: ThicknessProfile,
  closedAround = false,
): StructureSpec {
  const shape: SheetShape = closedAround
    ? { kind: 'sheet', guides, thickness, closedAround }
    : { kind: 'sheet', guides, thickness };
  return { ...common, kind: 'fascia', layer: 'deep_fascia', shape };
}

export function bone(
  common: Common,
  tubes: readonly Tube[],
  blobs: readonly Ellipsoid[],
  kind: 'bone' | 'landmark' = 'bone',
): StructureSpec {
  const shape: SolidShape = { kind: 'solid', tubes, blobs };
  return { ...common, kind, layer: 'skeleton', shape };
}

export function tube(path: readonly Vec3[], radius: number | readonly number[]): Tube {
  return { path, radius };
}

export function blob(center: Vec3, radii: Vec3, tilt?: Vec3): Ellipsoid {
  return tilt ? { center, radii, tilt } : { center, radii };
}
