import type { Vec3 } from '../../../shared/anatomy';

/**
 * Standard views. Plain data so printing can render the same snapshots: a perspective camera with
 * this vertical field of view, at `position`, looking at `target`, with `up`. Distances frame the
 * whole standing body (about 172 cm) in a square image.
 */
export type ViewPresetId = 'anterior' | 'posterior' | 'left' | 'right' | 'superior';

export interface CameraPreset {
  readonly id: ViewPresetId;
  readonly label: string;
  readonly description: string;
  readonly position: Vec3;
  readonly target: Vec3;
  readonly up: Vec3;
  readonly fov: number;
}

/** Where a camera stands and looks: a preset's placement, or a closer framing of one region. */
export type CameraFraming = Pick<CameraPreset, 'position' | 'target' | 'up' | 'fov'>;

const TARGET: Vec3 = [0, 87, 0];
const DISTANCE = 345;

export const CAMERA_PRESETS: Readonly<Record<ViewPresetId, CameraPreset>> = {
  anterior: {
    id: 'anterior',
    label: 'Anterior',
    description: "Facing the client: the client's left is on the right of the picture.",
    position: [0, 90, DISTANCE],
    target: TARGET,
    up: [0, 1, 0],
    fov: 30,
  },
  posterior: {
    id: 'posterior',
    label: 'Posterior',
    description: "Behind the client: the client's left is on the left of the picture.",
    position: [0, 90, -DISTANCE],
    target: TARGET,
    up: [0, 1, 0],
    fov: 30,
  },
  left: {
    id: 'left',
    label: 'Left',
    description: "The client's left side; the client faces the left of the picture.",
    position: [DISTANCE, 90, 0],
    target: TARGET,
    up: [0, 1, 0],
    fov: 30,
  },
  right: {
    id: 'right',
    label: 'Right',
    description: "The client's right side; the client faces the right of the picture.",
    position: [-DISTANCE, 90, 0],
    target: TARGET,
    up: [0, 1, 0],
    fov: 30,
  },
  superior: {
    id: 'superior',
    label: 'Superior',
    description: "From above the head, the client's front at the top of the picture.",
    position: [0, 300, 0.01],
    target: [0, 120, 0],
    up: [0, 0, 1],
    fov: 30,
  },
};

export const VIEW_PRESET_IDS: readonly ViewPresetId[] = [
  'anterior',
  'posterior',
  'left',
  'right',
  'superior',
];
