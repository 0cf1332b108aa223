import type { Vec3 } from '../../../../../shared/anatomy';
import type { SnapshotView } from '../../../../../shared/domain/printout';
import { CAMERA_PRESETS, type CameraFraming } from '../../../scene/cameraPresets';
import type { Pixel } from './projection';
import { covers } from './spread-labels';

/**
 * The parts of the body where marks gather on a whole-body snapshot (the neck and shoulders above
 * all: trigger points, tender points and zones share a hand's breadth there), each with a closer
 * framing for an enlarged inset, its distance chosen so the region fills the picture's middle
 * square. Boxes are in the model's centimetres, the client's left at +x.
 */
export const INSET_REGIONS = [
  {
    id: 'neck_shoulders',
    title: 'Neck and shoulders',
    min: [-28, 118, -30],
    max: [28, 168, 30],
    target: [0, 142, 0],
    distance: 160,
  },
  {
    id: 'left_hand',
    title: 'Client’s left hand',
    min: [18, 60, -20],
    max: [42, 90, 20],
    target: [29, 77, 0],
    distance: 90,
  },
  {
    id: 'right_hand',
    title: 'Client’s right hand',
    min: [-42, 60, -20],
    max: [-18, 90, 20],
    target: [-29, 77, 0],
    distance: 90,
  },
  { id: 'feet', title: 'Feet', min: [-22, -2, -20], max: [22, 14, 25], target: [0, 7, 0], distance: 120 },
] as const satisfies readonly {
  id: string;
  title: string;
  min: Vec3;
  max: Vec3;
  target: Vec3;
  distance: number;
}[];

export type InsetRegion = (typeof INSET_REGIONS)[number];

/** A mark as one view sees it: where it is on the body and where it falls on the picture. */
export interface SeenMark {
  point: readonly number[];
  at: Pixel;
}

/** One view's marks, with the size they are drawn at there. */
export interface ViewMarks {
  view: SnapshotView;
  seen: readonly SeenMark[];
  size: number;
}

export interface Inset {
  region: InsetRegion;
  view: SnapshotView;
}

const inside = (region: InsetRegion, point: readonly number[]) =>
  region.min.every((low, axis) => point[axis]! >= low && point[axis]! <= region.max[axis]!);

/** How many of the region's marks would cover another of them in this view, before any is moved. */
export function crowdedCount(region: InsetRegion, { seen, size }: ViewMarks): number {
  const here = seen.filter((mark) => inside(region, mark.point));
  return here.filter((mark) => here.some((other) => other !== mark && covers(mark.at, other.at, size)))
    .length;
}

/**
 * The insets a printout adds: one for each region where marks cover each other in some view, from
 * the view where most of them do (the first such view on a tie), in the regions' order.
 */
export function insetsFor(views: readonly ViewMarks[]): Inset[] {
  return INSET_REGIONS.flatMap((region) => {
    let best: Inset | null = null;
    let most = 0;
    for (const marks of views) {
      const count = crowdedCount(region, marks);
      if (count > most) [best, most] = [{ region, view: marks.view }, count];
    }
    return best ? [best] : [];
  });
}

/** The inset's camera: the view's own direction, closer, on the region's middle. */
export function insetFraming({ region, view }: Inset): CameraFraming {
  const { position, target, up, fov } = CAMERA_PRESETS[view];
  const away = [0, 1, 2].map((axis) => position[axis]! - target[axis]!);
  const length = Math.hypot(...away);
  const [x, y, z] = [0, 1, 2].map((axis) => region.target[axis]! + (away[axis]! / length) * region.distance);
  return { position: [x!, y!, z!], target: region.target, up, fov };
}
