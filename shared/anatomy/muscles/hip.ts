import { profile, sheet, spindle } from '../spec';
import type { StructureSpec } from '../types';

/** Gluteal group and the deep lateral rotators of the hip (client's left). */
const hip = (slug: string, name: string, stack: number) =>
  ({ slug, name, stack, region: 'pelvis', wpi: 'hip' }) as const;

export const HIP_MUSCLES: readonly StructureSpec[] = [
  sheet(
    hip('gluteus_maximus', 'Gluteus maximus', 5),
    [
      [
        [6.0, 101.0, -9.8],
        [10.5, 98.6, -10.6],
        [15.0, 92.2, -7.6],
        [17.6, 86.0, -3.0],
      ],
      [
        [3.5, 95.0, -10.8],
        [8.5, 91.2, -12.6],
        [14.0, 86.0, -10.0],
        [17.2, 80.5, -4.6],
      ],
      [
        [1.6, 88.0, -10.8],
        [6.0, 84.2, -12.8],
        [11.6, 79.6, -10.6],
        [16.2, 76.0, -5.0],
      ],
      [
        [1.2, 83.6, -8.8],
        [4.6, 79.6, -10.4],
        [9.6, 75.6, -9.6],
        [14.6, 72.6, -4.2],
      ],
    ],
    profile(2.4, 0.06, [0.34, 0.32, 0.28, 0.24], { peak: 0.5 }),
  ),
  sheet(
    hip('gluteus_medius', 'Gluteus medius', 3),
    [
      [
        [12.8, 100.0, 3.6],
        [15.0, 95.0, 2.0],
        [16.2, 90.2, 0.4],
      ],
      [
        [14.2, 104.4, -2.6],
        [16.2, 97.0, -2.6],
        [16.6, 90.4, -0.8],
      ],
      [
        [9.0, 102.4, -8.6],
        [13.5, 96.5, -8.0],
        [16.2, 90.6, -2.8],
      ],
    ],
    profile(2.2, 0.05, 0.2),
  ),
  sheet(
    hip('gluteus_minimus', 'Gluteus minimus', 2),
    [
      [
        [12.5, 97.5, 2.5],
        [14.2, 93.6, 1.8],
        [15.5, 90.0, 0.8],
      ],
      [
        [11.0, 98.5, -5.0],
        [13.6, 94.0, -3.6],
        [15.5, 90.0, -1.5],
      ],
    ],
    profile(1.2, 0.05, 0.2),
  ),
  spindle(
    hip('piriformis', 'Piriformis', 2),
    [
      [3.0, 89.5, -8.8],
      [8.0, 89.0, -8.4],
      [12.5, 89.5, -5.6],
      [15.2, 89.8, -2.6],
    ],
    3.0,
    profile(1.6, 0.06, 0.25),
  ),
  spindle(
    hip('gemellus_superior', 'Superior gemellus', 2),
    [
      [7.4, 86.6, -6.4],
      [11.2, 87.4, -5.0],
      [14.8, 88.2, -2.8],
    ],
    1.0,
    profile(0.8, 0.05, 0.2),
  ),
  spindle(
    hip('obturator_internus', 'Obturator internus', 2),
    [
      [6.6, 85.6, -6.6],
      [10.8, 86.6, -5.4],
      [14.8, 87.7, -2.9],
    ],
    1.3,
    profile(0.9, 0.05, 0.25),
  ),
  spindle(
    hip('gemellus_inferior', 'Inferior gemellus', 2),
    [
      [6.6, 84.6, -6.6],
      [10.8, 85.8, -5.2],
      [14.8, 87.2, -3.0],
    ],
    1.0,
    profile(0.8, 0.05, 0.2),
  ),
  spindle(
    hip('quadratus_femoris', 'Quadratus femoris', 2),
    [
      [7.5, 82.0, -6.4],
      [11.0, 83.2, -5.6],
      [14.2, 84.5, -3.6],
    ],
    3.0,
    profile(1.2, 0.05, 0.1),
  ),
  spindle(
    hip('tensor_fasciae_latae', 'Tensor fasciae latae', 4),
    [
      [12.4, 95.8, 4.8],
      [14.8, 90.0, 4.2],
      [16.2, 83.5, 2.4],
    ],
    3.2,
    profile(1.6, 0.06, 0.12),
  ),
];
