import { profile, sheet, spindle } from '../spec';
import type { StructureSpec } from '../types';

/** Muscles of mastication and of facial expression (client's left). */
const face = (slug: string, name: string, stack: number) =>
  ({ slug, name, stack, region: 'head', wpi: null }) as const;
const jaw = (slug: string, name: string, stack: number) =>
  ({ slug, name, stack, region: 'head', wpi: 'jaw' }) as const;

export const HEAD_MUSCLES: readonly StructureSpec[] = [
  sheet(
    jaw('temporalis', 'Temporalis', 1),
    [
      [
        [6.0, 166.0, 5.6],
        [6.7, 161.5, 4.6],
        [5.6, 157.2, 3.8],
      ],
      [
        [7.1, 168.2, 2.0],
        [7.4, 162.5, 2.3],
        [5.6, 156.9, 3.3],
      ],
      [
        [7.1, 167.2, -2.2],
        [7.4, 162.0, -0.6],
        [5.5, 156.7, 2.8],
      ],
      [
        [6.5, 163.8, -5.8],
        [7.3, 160.8, -3.2],
        [5.4, 156.5, 2.4],
      ],
    ],
    profile(0.8, 0.06, 0.3),
  ),
  sheet(
    jaw('masseter', 'Masseter', 2),
    [
      [
        [5.9, 157.8, 4.8],
        [6.0, 154.0, 4.0],
        [5.3, 150.4, 3.2],
      ],
      [
        [6.2, 158.2, 3.0],
        [6.3, 154.0, 2.0],
        [5.7, 150.6, 1.2],
      ],
      [
        [6.3, 158.4, 1.2],
        [6.3, 154.6, 0.2],
        [5.8, 151.2, -0.6],
      ],
    ],
    profile(1.1, 0.15, 0.08),
  ),
  sheet(
    face('frontalis', 'Frontalis (occipitofrontalis)', 2),
    [
      [
        [0.25, 169.8, 5.4],
        [0.25, 165.6, 8.4],
        [0.25, 162.2, 9.2],
      ],
      [
        [2.6, 169.4, 5.0],
        [2.7, 165.4, 8.0],
        [2.7, 161.9, 8.8],
      ],
      [
        [5.0, 168.4, 3.4],
        [5.3, 165.0, 6.2],
        [5.2, 161.8, 7.0],
      ],
    ],
    profile(0.35, 0.12, 0.04),
  ),
  sheet(
    face('occipitalis', 'Occipitalis (occipitofrontalis)', 2),
    [
      [
        [0.8, 167.4, -9.9],
        [0.8, 164.2, -10.6],
        [0.8, 161.2, -10.3],
      ],
      [
        [3.2, 167.0, -9.4],
        [3.4, 163.8, -10.0],
        [3.6, 160.9, -9.4],
      ],
      [
        [5.4, 166.0, -8.0],
        [5.8, 163.2, -8.4],
        [6.0, 160.4, -7.6],
      ],
    ],
    profile(0.4, 0.12, 0.08),
  ),
  sheet(
    face('orbicularis_oculi', 'Orbicularis oculi', 2),
    [
      [
        [2.0, 159.7, 7.3],
        [3.2, 160.9, 7.5],
        [4.5, 159.7, 7.0],
        [3.2, 158.6, 7.3],
        [2.0, 159.7, 7.3],
      ],
      [
        [0.9, 159.8, 8.6],
        [3.2, 162.3, 8.3],
        [5.8, 159.8, 6.4],
        [3.3, 157.2, 7.8],
        [0.9, 159.8, 8.6],
      ],
    ],
    profile(0.3, 0, 0),
  ),
  spindle(
    face('zygomaticus_major', 'Zygomaticus major', 3),
    [
      [5.7, 157.6, 5.4],
      [4.5, 155.0, 7.4],
      [2.7, 152.6, 8.8],
    ],
    1.0,
    profile(0.4, 0.1, 0.1),
  ),
  spindle(
    face('levator_labii_superioris', 'Levator labii superioris', 3),
    [
      [2.2, 158.3, 8.3],
      [1.9, 156.2, 9.3],
      [1.5, 154.0, 9.8],
    ],
    1.0,
    profile(0.35, 0.1, 0.1),
  ),
  sheet(
    face('depressor_anguli_oris', 'Depressor anguli oris', 3),
    [
      [
        [2.4, 149.4, 8.0],
        [2.6, 152.3, 9.0],
      ],
      [
        [4.0, 149.6, 6.6],
        [2.8, 152.3, 8.8],
      ],
    ],
    profile(0.4, 0.05, 0.15),
  ),
  sheet(
    face('buccinator', 'Buccinator', 1),
    [
      [
        [4.8, 154.4, 3.4],
        [3.8, 153.4, 6.0],
        [2.8, 152.7, 8.3],
      ],
      [
        [4.7, 151.8, 3.5],
        [3.8, 152.0, 6.0],
        [2.8, 152.2, 8.3],
      ],
    ],
    profile(0.4, 0.05, 0.1),
  ),
  spindle(
    face('mentalis', 'Mentalis', 3),
    [
      [0.9, 150.7, 9.0],
      [1.0, 149.7, 9.1],
      [1.0, 148.7, 8.5],
    ],
    1.0,
    profile(0.4, 0.1, 0.1),
  ),
  sheet(
    face('orbicularis_oris', 'Orbicularis oris', 2),
    [
      [
        [0.0, 153.0, 10.3],
        [1.3, 152.9, 10.0],
        [2.4, 152.5, 9.3],
        [1.3, 152.0, 9.9],
        [0.0, 151.9, 10.2],
      ],
      [
        [0.0, 154.4, 10.0],
        [1.9, 154.1, 9.6],
        [3.3, 152.5, 8.5],
        [1.9, 150.8, 9.3],
        [0.0, 150.5, 9.7],
      ],
    ],
    profile(0.6, 0, 0),
  ),
  sheet(
    face('nasalis', 'Nasalis', 3),
    [
      [
        [0.6, 158.4, 10.1],
        [1.0, 157.4, 10.6],
        [1.4, 156.4, 10.5],
      ],
      [
        [1.6, 158.2, 9.2],
        [1.9, 157.2, 9.6],
        [2.2, 156.2, 9.6],
      ],
    ],
    profile(0.25, 0.1, 0.1),
  ),
  spindle(
    face('procerus', 'Procerus', 3),
    [
      [0.35, 159.6, 9.6],
      [0.35, 161.0, 9.4],
      [0.35, 162.6, 9.2],
    ],
    1.0,
    profile(0.25, 0.1, 0.1),
  ),
  spindle(
    face('zygomaticus_minor', 'Zygomaticus minor', 3),
    [
      [4.6, 157.8, 6.7],
      [3.4, 155.6, 8.6],
      [2.2, 153.6, 9.6],
    ],
    0.8,
    profile(0.3, 0.1, 0.1),
  ),
  spindle(
    face('levator_labii_superioris_alaeque_nasi', 'Levator labii superioris alaeque nasi', 3),
    [
      [1.0, 160.2, 9.2],
      [1.4, 157.4, 10.0],
      [1.8, 154.6, 10.0],
    ],
    0.8,
    profile(0.3, 0.1, 0.1),
  ),
  spindle(
    face('risorius', 'Risorius', 3),
    [
      [5.8, 152.8, 4.5],
      [4.2, 152.6, 7.0],
      [2.8, 152.5, 8.6],
    ],
    0.9,
    profile(0.25, 0.1, 0.1),
  ),
  sheet(
    face('depressor_labii_inferioris', 'Depressor labii inferioris', 3),
    [
      [
        [1.0, 149.6, 8.8],
        [1.2, 151.4, 9.6],
      ],
      [
        [2.4, 149.6, 8.2],
        [1.9, 151.3, 9.4],
      ],
    ],
    profile(0.35, 0.1, 0.1),
  ),
];
