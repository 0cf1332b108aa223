import { profile, sheet, spindle } from '../spec';
import type { StructureSpec } from '../types';

/** Quadriceps, adductors, hamstrings and the two long strap muscles of the thigh (client's left). */
const thigh = (slug: string, name: string, stack: number) =>
  ({ slug, name, stack, region: 'thigh', wpi: 'upper_leg' }) as const;

export const THIGH_MUSCLES: readonly StructureSpec[] = [
  spindle(
    thigh('rectus_femoris', 'Rectus femoris (quadriceps)', 4),
    [
      [11.0, 92.0, 3.8],
      [11.8, 86.0, 6.4],
      [12.0, 75.0, 8.0],
      [11.2, 63.0, 7.4],
      [10.0, 54.0, 6.2],
      [9.8, 50.0, 5.4],
      [9.7, 45.5, 4.4],
      [9.7, 42.4, 3.6],
    ],
    5.0,
    profile(3.2, 0.06, 0.3, { peak: 0.5 }),
  ),
  sheet(
    thigh('vastus_lateralis', 'Vastus lateralis (quadriceps)', 3),
    [
      [
        [15.5, 87.0, 1.5],
        [16.8, 75.0, 4.4],
        [15.5, 62.0, 4.2],
        [12.3, 52.5, 4.0],
      ],
      [
        [15.8, 86.0, -2.5],
        [17.3, 74.0, -1.5],
        [16.5, 62.0, -1.5],
        [13.2, 52.0, 0.8],
      ],
    ],
    profile(3.2, 0.06, [0.2, 0.26]),
  ),
  sheet(
    thigh('vastus_medialis', 'Vastus medialis (quadriceps)', 3),
    [
      [
        [10.5, 82.0, -1.5],
        [7.8, 70.0, -0.5],
        [5.5, 58.0, 1.2],
        [7.6, 51.5, 3.6],
      ],
      [
        [11.2, 81.0, 2.5],
        [8.8, 70.0, 5.0],
        [6.8, 59.0, 5.4],
        [8.0, 52.5, 5.0],
      ],
    ],
    profile(3.0, 0.1, 0.08, { peak: 0.72 }),
  ),
  spindle(
    thigh('vastus_intermedius', 'Vastus intermedius (quadriceps)', 2),
    [
      [12.5, 84.0, 2.0],
      [12.5, 70.0, 3.8],
      [11.2, 56.0, 3.2],
    ],
    5.0,
    profile(2.5, 0.06, 0.12),
  ),
  spindle(
    thigh('sartorius', 'Sartorius', 5.5),
    [
      [12.2, 95.5, 5.8],
      [10.5, 88.0, 8.0],
      [7.5, 78.0, 7.0],
      [5.0, 66.0, 3.5],
      [4.6, 55.0, 0.2],
      [5.8, 48.0, -0.5],
      [7.4, 43.2, 1.8],
    ],
    3.6,
    profile(1.2, 0.04, 0.12),
  ),
  spindle(
    thigh('gracilis', 'Gracilis', 4),
    [
      [2.0, 86.0, 4.0],
      [3.0, 76.0, 1.5],
      [4.0, 62.0, -1.2],
      [5.0, 51.0, -2.2],
      [7.4, 44.0, 0.4],
    ],
    3.0,
    profile(1.0, 0.05, 0.28),
  ),
  sheet(
    thigh('adductor_longus', 'Adductor longus', 3),
    [
      [
        [2.2, 87.0, 5.8],
        [5.0, 78.0, 4.5],
        [9.5, 66.5, 0.5],
      ],
      [
        [3.8, 87.6, 6.0],
        [7.0, 79.0, 5.0],
        [10.8, 68.5, 1.0],
      ],
    ],
    profile(1.8, 0.12, 0.1),
  ),
  spindle(
    thigh('adductor_brevis', 'Adductor brevis', 2),
    [
      [4.0, 85.0, 3.0],
      [7.5, 80.0, 1.5],
      [11.0, 75.0, -0.5],
    ],
    4.0,
    profile(1.5, 0.06, 0.1),
  ),
  sheet(
    thigh('adductor_magnus', 'Adductor magnus', 2),
    [
      [
        [4.0, 84.0, 2.0],
        [8.5, 75.0, -0.8],
        [11.5, 67.0, -2.0],
      ],
      [
        [6.0, 81.5, -3.5],
        [7.5, 72.0, -4.0],
        [8.0, 62.0, -3.8],
        [7.3, 53.0, -1.8],
      ],
    ],
    profile(2.8, 0.06, 0.12),
  ),
  spindle(
    thigh('pectineus', 'Pectineus', 3),
    [
      [5.0, 87.5, 5.5],
      [8.4, 85.0, 3.8],
      [11.4, 82.5, 1.0],
    ],
    3.0,
    profile(1.3, 0.05, 0.1),
  ),
  spindle(
    thigh('biceps_femoris_long', 'Biceps femoris (long head)', 4),
    [
      [7.2, 81.5, -7.0],
      [10.2, 72.0, -8.5],
      [12.5, 60.0, -7.0],
      [13.5, 50.0, -4.2],
      [13.3, 45.0, -2.6],
    ],
    3.8,
    profile(2.8, 0.06, 0.2),
  ),
  spindle(
    thigh('biceps_femoris_short', 'Biceps femoris (short head)', 3),
    [
      [13.0, 68.0, -4.0],
      [14.2, 58.0, -5.0],
      [13.7, 48.0, -3.5],
    ],
    2.8,
    profile(1.8, 0.05, 0.15),
  ),
  spindle(
    thigh('semitendinosus', 'Semitendinosus', 4),
    [
      [6.2, 81.3, -7.4],
      [7.5, 72.0, -8.8],
      [7.6, 61.0, -7.6],
      [6.8, 52.0, -5.0],
      [6.0, 47.0, -3.0],
      [7.2, 43.5, 0.8],
    ],
    3.4,
    profile(2.6, 0.06, 0.36, { peak: 0.35 }),
  ),
  spindle(
    thigh('semimembranosus', 'Semimembranosus', 3),
    [
      [7.0, 81.0, -6.3],
      [8.0, 72.0, -7.2],
      [7.7, 60.0, -7.0],
      [7.0, 51.0, -5.0],
      [7.2, 46.2, -2.8],
    ],
    4.0,
    profile(2.6, 0.3, 0.08, { peak: 0.7 }),
  ),
  spindle(
    { slug: 'popliteus', name: 'Popliteus', stack: 2, region: 'leg', wpi: 'lower_leg' },
    [
      [12.0, 47.5, -2.8],
      [10.2, 44.8, -3.4],
      [8.5, 42.0, -3.3],
    ],
    3.0,
    profile(0.8, 0.1, 0.05),
  ),
];
