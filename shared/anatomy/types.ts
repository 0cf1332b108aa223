/**
 * The atlas's vocabulary. Everything here is plain data so the main process, the renderer and the
 * tests can all read it; the renderer's builder turns the shapes into meshes.
 *
 * Body space: centimetres, an adult about 172 cm tall standing in anatomical position, feet on
 * y = 0, +y up, +z anterior (the model faces +z). The client's LEFT is +x.
 */
export type Vec3 = readonly [number, number, number];

export type Side = 'left' | 'right' | 'midline';
export type StructureKind = 'muscle' | 'fascia' | 'bone' | 'landmark';
export type Layer = 'superficial_fascia' | 'deep_fascia' | 'superficial_muscle' | 'deep_muscle' | 'skeleton';

export const LAYERS: readonly Layer[] = [
  'superficial_fascia',
  'deep_fascia',
  'superficial_muscle',
  'deep_muscle',
  'skeleton',
];

export type Region =
  | 'head'
  | 'neck'
  | 'shoulder'
  | 'upper_back'
  | 'lower_back'
  | 'chest'
  | 'abdomen'
  | 'upper_arm'
  | 'forearm'
  | 'hand'
  | 'pelvis'
  | 'thigh'
  | 'leg'
  | 'foot'
  | 'whole_body';

/** WPI areas that come in left/right pairs; the atlas writes the family and mirroring adds the side. */
export type WpiFamily =
  'jaw' | 'shoulder_girdle' | 'upper_arm' | 'lower_arm' | 'hip' | 'upper_leg' | 'lower_leg';
export type AxialWpiArea = 'neck' | 'upper_back' | 'lower_back' | 'chest' | 'abdomen';
export type WpiAreaId = `${WpiFamily}_${'L' | 'R'}` | AxialWpiArea;

/**
 * How thick a muscle or sheet is along its length (v, origin 0 -> insertion 1). The ends that are
 * tendon or aponeurosis are thin and drawn white; a per-guide array lets a sheet's aponeurosis vary
 * across its width (latissimus, external oblique).
 */
export interface ThicknessProfile {
  /** Thickness at the fullest part of the belly, cm. */
  readonly belly: number;
  readonly tendonOrigin: number | readonly number[];
  readonly tendonInsertion: number | readonly number[];
  /** Where along v the belly is fullest (0..1); 0.5 when absent. */
  readonly peak?: number;
  /** v positions of tendinous intersections (rectus abdominis). */
  readonly bands?: readonly number[];
}

/** A muscle that follows one path: lofted with a flattened super-ellipse cross-section. */
export interface SpindleShape {
  readonly kind: 'spindle';
  /** Origin first, insertion last; interpolated with Catmull-Rom. */
  readonly path: readonly Vec3[];
  /** Widest breadth of the belly, cm. */
  readonly width: number;
  readonly thickness: ThicknessProfile;
}

/** A sheet or fan spread across guide curves, each running origin -> insertion. */
export interface SheetShape {
  readonly kind: 'sheet';
  readonly guides: readonly (readonly Vec3[])[];
  readonly thickness: ThicknessProfile;
  /** The guides go all the way round (a fascial sleeve around a limb). */
  readonly closedAround?: boolean;
}

export interface Ellipsoid {
  readonly center: Vec3;
  readonly radii: Vec3;
  /** Rotation in degrees about x, then y, then z. */
  readonly tilt?: Vec3;
}

export interface Tube {
  readonly path: readonly Vec3[];
  /** One radius for the whole tube or one per path point. */
  readonly radius: number | readonly number[];
}

/** Bones, and the few solid landmarks (eyes, ears) that make the head read as a head. */
export interface SolidShape {
  readonly kind: 'solid';
  readonly tubes: readonly Tube[];
  readonly blobs: readonly Ellipsoid[];
}

/** The superficial fascia: an implicit surface wrapped around everything else. */
export interface EnvelopeShape {
  readonly kind: 'envelope';
  /** How far the membrane stands off the muscles, cm. */
  readonly inflate: number;
}

export type Shape = SpindleShape | SheetShape | SolidShape | EnvelopeShape;

/**
 * What a region file writes: one side only (the client's left, +x), or a midline structure.
 * `stack` is the physical build order (deep first), which can differ from the teaching layer:
 * the lower trapezius lies over the latissimus although both are "superficial".
 */
export interface StructureSpec {
  readonly slug: string;
  readonly name: string;
  readonly kind: StructureKind;
  readonly layer: Layer;
  readonly region: Region;
  readonly wpi: WpiFamily | AxialWpiArea | null;
  readonly stack: number;
  readonly shape: Shape;
  /** Sandwiched structures (subscapularis) keep their data position instead of being wrapped. */
  readonly wrap?: boolean;
  readonly midline?: boolean;
}

export interface Structure {
  /** Stable `<slug>_<L|R|M>`, never derived from build order. */
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly kind: StructureKind;
  readonly layer: Layer;
  readonly side: Side;
  readonly region: Region;
  readonly wpiArea: WpiAreaId | null;
  readonly stack: number;
  readonly shape: Shape;
  readonly wrap: boolean;
  /** For a right-side structure, the id of the left one it mirrors (the builder reuses its mesh). */
  readonly mirrorOf: string | null;
}

export interface WpiArea {
  readonly id: WpiAreaId;
  readonly label: string;
  readonly side: Side;
  /** ACR 2016 generalised-pain region. */
  readonly region2016: 'left_upper' | 'right_upper' | 'left_lower' | 'right_lower' | 'axial';
}

/** A fixed site on the body tied to the structure it lies on. */
export interface BodySite {
  readonly id: string;
  readonly name: string;
  readonly side: Side;
  readonly structureId: string;
  readonly point: Vec3;
  readonly description: string;
}

export interface MyofascialLine {
  readonly id: string;
  readonly name: string;
  readonly side: Side;
  /** Ordered from one end of the line to the other. */
  readonly structureIds: readonly string[];
}
