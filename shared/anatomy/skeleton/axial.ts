import { blob, bone, tube } from '../spec';
import type { StructureSpec, Tube, Vec3 } from '../types';
import { RIB_NUMBERS, cartilagePath, ribPath, thoracicBodyY, thoracicBodyZ } from './ribs';

/** Spine, thorax and pelvis: the frame every trunk muscle is wrapped over. */

const CERVICAL_BODIES: readonly Vec3[] = [
  [0, 156.0, -2.6],
  [0, 153.8, -2.6],
  [0, 151.8, -2.4],
  [0, 149.8, -2.3],
  [0, 147.8, -2.5],
  [0, 145.8, -3.0],
  [0, 143.8, -3.8],
];

const LUMBAR_BODIES: readonly Vec3[] = [
  [0, 105.0, -4.6],
  [0, 101.8, -3.4],
  [0, 98.6, -2.6],
  [0, 95.5, -2.6],
  [0, 92.5, -3.4],
];

function thoracicBody(n: number): Vec3 {
  return [0, thoracicBodyY(n), thoracicBodyZ(n)];
}

/** A spinous process pointing back and down from a vertebral body, plus both transverse processes. */
function processes(body: Vec3, reach: number, droop: number, transverse: number): Tube[] {
  const [x, y, z] = body;
  return [
    tube(
      [
        [x, y, z - 1.2],
        [x, y - droop, z - reach],
      ],
      [0.5, 0.45],
    ),
    tube(
      [
        [-transverse, y, z - 1.2],
        [transverse, y, z - 1.2],
      ],
      0.45,
    ),
  ];
}

const thoracicNumbers = RIB_NUMBERS;

export const AXIAL_SKELETON: readonly StructureSpec[] = [
  bone(
    { slug: 'cervical_spine', name: 'Cervical spine', region: 'neck', wpi: 'neck', stack: 0, midline: true },
    [
      tube(CERVICAL_BODIES, [1.3, 1.2, 1.2, 1.2, 1.3, 1.4, 1.5]),
      ...CERVICAL_BODIES.slice(1).flatMap((b, i) => processes(b, 3.6 + i * 0.35, 0.6, 2.6)),
      tube(
        [
          [-3.6, 156.0, -2.8],
          [3.6, 156.0, -2.8],
        ],
        0.55,
      ),
    ],
    [],
  ),
  bone(
    {
      slug: 'thoracic_spine',
      name: 'Thoracic spine',
      region: 'upper_back',
      wpi: 'upper_back',
      stack: 0,
      midline: true,
    },
    [
      tube(thoracicNumbers.map(thoracicBody), 1.7),
      ...thoracicNumbers.flatMap((n) => processes(thoracicBody(n), 5.0 - Math.abs(n - 7) * 0.12, 1.6, 3.2)),
    ],
    [],
  ),
  bone(
    {
      slug: 'lumbar_spine',
      name: 'Lumbar spine',
      region: 'lower_back',
      wpi: 'lower_back',
      stack: 0,
      midline: true,
    },
    [tube(LUMBAR_BODIES, 2.2), ...LUMBAR_BODIES.flatMap((b) => processes(b, 5.2, 0.4, 4.2))],
    [],
  ),
  bone(
    {
      slug: 'sacrum',
      name: 'Sacrum and coccyx',
      region: 'pelvis',
      wpi: 'lower_back',
      stack: 0,
      midline: true,
    },
    [
      tube(
        [
          [0, 84.0, -9.0],
          [0, 81.6, -8.0],
        ],
        [0.6, 0.4],
      ),
    ],
    [blob([0, 88.6, -7.4], [4.6, 5.6, 2.0], [35, 0, 0])],
  ),
  bone(
    { slug: 'sternum', name: 'Sternum', region: 'chest', wpi: 'chest', stack: 0, midline: true },
    [
      tube(
        [
          [0, 139.2, 6.0],
          [0, 134.5, 6.9],
          [0, 127.5, 8.2],
          [0, 122.0, 9.2],
          [0, 119.8, 9.0],
        ],
        [1.3, 1.15, 1.05, 1.0, 0.5],
      ),
    ],
    [],
  ),
  bone(
    { slug: 'ribs', name: 'Ribs and costal cartilages', region: 'chest', wpi: 'chest', stack: 0 },
    [
      ...RIB_NUMBERS.map((n) => tube(ribPath(n), n < 3 ? 0.55 : 0.7)),
      ...RIB_NUMBERS.flatMap((n) => {
        const cartilage = cartilagePath(n);
        return cartilage ? [tube(cartilage, 0.55)] : [];
      }),
    ],
    [],
  ),
  bone(
    { slug: 'hip_bone', name: 'Hip bone (ilium, ischium, pubis)', region: 'pelvis', wpi: 'hip', stack: 0 },
    [
      tube(
        [
          [4.8, 95.5, -10.3],
          [7.8, 101.5, -9.6],
          [11.2, 104.8, -6.6],
          [13.7, 104.8, -2.0],
          [13.8, 101.5, 2.5],
          [12.3, 96.0, 5.5],
        ],
        0.9,
      ),
      tube(
        [
          [9.5, 90.0, 2.5],
          [5.5, 89.5, 5.2],
          [1.6, 88.0, 6.2],
        ],
        1.0,
      ),
      tube(
        [
          [1.6, 86.5, 5.8],
          [4.2, 84.0, 2.0],
          [6.2, 82.0, -3.5],
          [6.8, 82.3, -6.0],
          [8.8, 86.0, -4.4],
          [9.6, 88.5, -2.5],
        ],
        [0.9, 0.9, 1.1, 1.4, 1.3, 1.4],
      ),
      tube(
        [
          [12.3, 96.0, 5.5],
          [11.2, 92.5, 4.2],
          [10.0, 90.5, 2.5],
        ],
        0.9,
      ),
      tube(
        [
          [4.8, 95.5, -10.3],
          [4.0, 92.0, -8.6],
          [5.5, 88.5, -7.0],
        ],
        1.0,
      ),
    ],
    [
      blob([9.3, 99.0, -6.2], [1.2, 5.0, 4.2], [0, -55, 0]),
      blob([12.2, 99.0, 0.2], [1.2, 5.0, 4.8], [0, -12, 0]),
      blob([9.9, 89.5, 0.0], [2.4, 2.8, 2.8]),
      blob([1.8, 87.2, 6.0], [1.2, 1.6, 1.0]),
    ],
  ),
];
