import { profile, sheet, spindle } from '../spec';
import type { StructureSpec } from '../types';

/** Neck: sternocleidomastoid, scalenes, posterior neck and suboccipitals, infrahyoids (client's left). */
const neck = (slug: string, name: string, stack: number) =>
  ({ slug, name, stack, region: 'neck', wpi: 'neck' }) as const;

export const NECK_MUSCLES: readonly StructureSpec[] = [
  sheet(
    neck('sternocleidomastoid', 'Sternocleidomastoid', 5),
    [
      [
        [4.8, 157.6, -2.4],
        [4.6, 152.5, 1.2],
        [3.2, 146.0, 4.4],
        [1.6, 140.4, 6.6],
      ],
      [
        [5.5, 157.2, -3.2],
        [5.6, 152.2, 0.0],
        [4.8, 146.0, 3.2],
        [3.6, 140.8, 5.8],
      ],
      [
        [6.0, 156.8, -4.0],
        [6.4, 152.0, -1.4],
        [6.2, 146.0, 1.6],
        [6.2, 141.2, 4.0],
      ],
    ],
    profile(1.6, 0.1, 0.14),
  ),
  spindle(
    neck('scalene_anterior', 'Anterior scalene', 1),
    [
      [3.2, 150.0, -1.2],
      [4.1, 145.0, 0.6],
      [4.8, 139.8, 2.6],
    ],
    1.8,
    profile(1.4, 0.12, 0.12),
  ),
  spindle(
    neck('scalene_middle', 'Middle scalene', 1),
    [
      [3.6, 152.0, -2.5],
      [5.3, 146.0, -1.4],
      [6.6, 140.6, 0.3],
    ],
    2.2,
    profile(1.6, 0.1, 0.12),
  ),
  spindle(
    neck('scalene_posterior', 'Posterior scalene', 1),
    [
      [3.8, 149.0, -4.0],
      [6.2, 144.0, -3.4],
      [8.2, 139.4, -3.4],
    ],
    1.8,
    profile(1.4, 0.1, 0.15),
  ),
  sheet(
    neck('splenius_capitis', 'Splenius capitis', 3),
    [
      [
        [0.6, 141.0, -10.2],
        [3.2, 150.0, -8.6],
        [5.6, 158.0, -5.0],
      ],
      [
        [0.6, 148.0, -8.6],
        [2.5, 153.4, -8.4],
        [4.4, 159.6, -7.4],
      ],
    ],
    profile(1.3, 0.1, 0.1),
  ),
  spindle(
    neck('splenius_cervicis', 'Splenius cervicis', 2),
    [
      [0.6, 132.5, -11.0],
      [3.5, 142.0, -9.2],
      [3.6, 152.0, -3.8],
    ],
    1.6,
    profile(0.8, 0.15, 0.15),
  ),
  sheet(
    neck('semispinalis_capitis', 'Semispinalis capitis', 2),
    [
      [
        [1.0, 140.0, -9.2],
        [1.2, 150.0, -8.8],
        [1.3, 159.6, -9.7],
      ],
      [
        [3.2, 138.0, -8.2],
        [3.4, 150.0, -7.8],
        [3.9, 159.6, -8.9],
      ],
    ],
    profile(1.9, 0.1, 0.08),
  ),
  spindle(
    neck('rectus_capitis_posterior_major', 'Rectus capitis posterior major', 1),
    [
      [0.5, 153.3, -6.8],
      [1.9, 156.0, -7.8],
      [3.2, 158.4, -8.3],
    ],
    1.4,
    profile(0.8, 0.1, 0.1),
  ),
  spindle(
    neck('rectus_capitis_posterior_minor', 'Rectus capitis posterior minor', 1),
    [
      [0.4, 155.5, -5.6],
      [0.8, 157.2, -7.3],
      [1.3, 158.7, -8.6],
    ],
    1.1,
    profile(0.6, 0.1, 0.1),
  ),
  spindle(
    neck('obliquus_capitis_inferior', 'Obliquus capitis inferior', 1),
    [
      [0.6, 153.1, -6.6],
      [2.6, 154.2, -5.8],
      [4.6, 155.2, -4.0],
    ],
    1.3,
    profile(0.8, 0.1, 0.1),
  ),
  spindle(
    neck('obliquus_capitis_superior', 'Obliquus capitis superior', 1),
    [
      [4.6, 155.6, -3.8],
      [4.5, 157.3, -5.8],
      [4.2, 158.8, -7.3],
    ],
    1.2,
    profile(0.7, 0.1, 0.1),
  ),
  spindle(
    neck('longus_colli', 'Longus colli', 1),
    [
      [0.9, 141.5, -1.8],
      [1.0, 147.0, -0.9],
      [0.9, 153.0, -0.9],
    ],
    1.1,
    profile(0.7, 0.1, 0.1),
  ),
  spindle(
    neck('sternohyoid', 'Sternohyoid', 2),
    [
      [0.8, 149.0, 3.9],
      [1.0, 144.0, 5.6],
      [1.3, 139.6, 5.8],
    ],
    1.2,
    profile(0.35, 0.05, 0.05),
  ),
  spindle(
    neck('omohyoid', 'Omohyoid', 2),
    [
      [1.8, 149.0, 3.1],
      [4.0, 144.5, 2.8],
      [7.0, 141.0, -1.5],
      [10.0, 138.8, -6.4],
    ],
    0.8,
    profile(0.35, 0.05, 0.1),
  ),
  spindle(
    neck('digastric', 'Digastric', 2),
    [
      [0.8, 149.2, 7.4],
      [2.2, 149.0, 3.6],
      [4.8, 155.8, -2.2],
    ],
    0.9,
    profile(0.6, 0.05, 0.08),
  ),
];
