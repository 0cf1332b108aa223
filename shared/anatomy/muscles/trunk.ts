import { RIB_NUMBERS, ribPath } from '../skeleton/ribs';
import { profile, sheet, spindle } from '../spec';
import type { StructureSpec } from '../types';

/** Thoracic wall, abdominal wall, the erector group and the deep lumbar muscles (client's left). */
const chest = (slug: string, name: string, stack: number) =>
  ({ slug, name, stack, region: 'chest', wpi: 'chest' }) as const;
const abdomen = (slug: string, name: string, stack: number) =>
  ({ slug, name, stack, region: 'abdomen', wpi: 'abdomen' }) as const;
const lowerBack = (slug: string, name: string, stack: number) =>
  ({ slug, name, stack, region: 'lower_back', wpi: 'lower_back' }) as const;
const upperBack = (slug: string, name: string, stack: number) =>
  ({ slug, name, stack, region: 'upper_back', wpi: 'upper_back' }) as const;

/** The external intercostals span the true and false ribs: each rib (from its angle on) is a guide. */
const intercostalGuides = RIB_NUMBERS.filter((n) => n <= 10).map((n) => ribPath(n).slice(1));

export const TRUNK_MUSCLES: readonly StructureSpec[] = [
  sheet(chest('external_intercostals', 'External intercostals', 1), intercostalGuides, profile(0.5, 0, 0)),
  sheet(
    abdomen('rectus_abdominis', 'Rectus abdominis', 3),
    [
      [
        [0.6, 88.0, 7.4],
        [0.6, 96.0, 10.0],
        [0.6, 106.0, 10.8],
        [0.6, 115.0, 10.9],
        [0.6, 121.8, 10.6],
      ],
      [
        [3.6, 88.2, 7.0],
        [4.6, 96.0, 9.8],
        [5.4, 106.0, 10.4],
        [6.2, 115.0, 10.5],
        [7.0, 122.8, 10.2],
      ],
    ],
    profile(1.3, 0.05, 0.04, { bands: [0.5, 0.7, 0.86] }),
  ),
  sheet(
    abdomen('external_oblique', 'External oblique', 4),
    [
      [
        [12.0, 124.0, 9.5],
        [9.4, 120.0, 11.0],
        [7.2, 117.0, 11.0],
      ],
      [
        [14.3, 118.0, 6.5],
        [11.6, 111.0, 9.8],
        [7.4, 106.0, 10.6],
      ],
      [
        [14.6, 112.0, 2.5],
        [12.8, 103.0, 7.8],
        [8.0, 95.0, 9.6],
      ],
      [
        [13.6, 108.0, -3.0],
        [13.2, 103.5, 0.0],
        [13.2, 98.6, 4.5],
      ],
    ],
    profile(0.9, 0.05, [0.18, 0.2, 0.26, 0.05]),
  ),
  sheet(
    abdomen('internal_oblique', 'Internal oblique', 2),
    [
      [
        [13.0, 104.5, -2.5],
        [13.4, 111.0, 2.0],
        [13.2, 114.0, 5.5],
      ],
      [
        [12.6, 100.0, 3.5],
        [9.8, 106.0, 8.4],
        [6.5, 110.0, 9.8],
      ],
      [
        [11.5, 96.0, 6.0],
        [8.0, 97.0, 9.0],
        [5.5, 98.0, 9.4],
      ],
    ],
    profile(0.8, 0.06, 0.2),
  ),
  sheet(
    abdomen('transversus_abdominis', 'Transversus abdominis', 1),
    [
      [
        [8.8, 115.0, -6.4],
        [13.8, 114.0, 1.0],
        [10.5, 117.0, 8.6],
        [4.0, 118.5, 9.8],
        [0.6, 119.0, 9.8],
      ],
      [
        [8.4, 103.0, -7.2],
        [12.6, 102.0, 1.0],
        [9.6, 101.0, 8.2],
        [4.0, 101.0, 9.0],
        [0.6, 101.0, 9.0],
      ],
      [
        [9.8, 96.0, -4.4],
        [12.8, 96.0, 2.0],
        [9.6, 93.0, 8.0],
        [4.0, 91.0, 8.2],
        [0.6, 90.5, 8.0],
      ],
    ],
    profile(0.6, 0.1, 0.3),
  ),
  sheet(
    lowerBack('quadratus_lumborum', 'Quadratus lumborum', 1),
    [
      [
        [9.5, 103.5, -6.8],
        [8.5, 107.0, -6.4],
        [7.5, 110.5, -6.2],
      ],
      [
        [6.0, 103.0, -6.4],
        [4.5, 106.0, -5.8],
        [3.5, 109.0, -5.6],
      ],
    ],
    profile(1.6, 0.1, 0.1),
  ),
  spindle(
    lowerBack('iliocostalis', 'Iliocostalis (erector spinae)', 2),
    [
      [5.0, 95.0, -10.6],
      [6.6, 104.0, -10.4],
      [7.0, 115.0, -11.0],
      [6.6, 127.0, -11.2],
      [5.5, 138.0, -9.8],
      [4.5, 145.0, -7.0],
    ],
    3.2,
    profile(2.0, 0.15, 0.1, { peak: 0.3 }),
  ),
  spindle(
    lowerBack('longissimus', 'Longissimus (erector spinae)', 2),
    [
      [3.2, 93.5, -10.6],
      [3.6, 104.0, -10.5],
      [3.8, 115.0, -11.4],
      [3.5, 127.0, -11.4],
      [3.0, 140.0, -9.4],
      [4.6, 156.5, -4.0],
    ],
    3.0,
    profile(2.4, 0.12, 0.08, { peak: 0.25 }),
  ),
  spindle(
    upperBack('spinalis', 'Spinalis (erector spinae)', 2),
    [
      [1.3, 108.0, -11.2],
      [1.3, 118.0, -12.2],
      [1.2, 130.0, -12.2],
      [1.1, 141.0, -10.4],
    ],
    1.6,
    profile(1.3, 0.12, 0.12),
  ),
  spindle(
    lowerBack('multifidus', 'Multifidus', 1),
    [
      [1.6, 88.0, -9.2],
      [1.6, 96.0, -9.8],
      [1.5, 106.0, -10.0],
      [1.4, 120.0, -11.0],
      [1.3, 135.0, -10.0],
      [1.3, 145.0, -8.5],
    ],
    1.6,
    profile(1.4, 0.05, 0.05, { peak: 0.15 }),
  ),
  spindle(
    { slug: 'psoas_major', name: 'Psoas major (iliopsoas)', stack: 1, region: 'pelvis', wpi: 'hip' },
    [
      [2.8, 108.0, -3.5],
      [4.0, 100.0, -2.5],
      [5.5, 93.0, 0.0],
      [8.0, 88.0, 3.0],
      [10.8, 85.0, 1.5],
      [11.8, 83.6, -0.6],
    ],
    4.0,
    profile(3.2, 0.04, 0.15, { peak: 0.4 }),
  ),
  sheet(
    { slug: 'iliacus', name: 'Iliacus (iliopsoas)', stack: 1, region: 'pelvis', wpi: 'hip' },
    [
      [
        [11.5, 102.0, -2.0],
        [9.8, 93.0, 2.5],
        [10.5, 87.0, 3.2],
        [11.8, 84.0, -0.2],
      ],
      [
        [8.0, 100.0, -4.0],
        [7.5, 93.0, 0.5],
        [9.5, 87.0, 3.0],
        [11.6, 83.8, -0.6],
      ],
    ],
    profile(1.4, 0.05, 0.2),
  ),
];
