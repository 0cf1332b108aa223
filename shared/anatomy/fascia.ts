import { fasciaSheet, profile } from './spec';
import type { EnvelopeShape, StructureSpec, Vec3 } from './types';

/**
 * Named fascial structures. Limb sleeves are drawn as rings close to the bone: the builder pushes
 * every ring point outward until it clears the muscles, so the sleeve shrink-wraps the relief
 * instead of floating as a mannequin tube.
 */
const THIN = profile(0.12, 0, 0);

interface SleeveLevel {
  readonly center: Vec3;
  readonly rx: number;
  readonly rz: number;
}

/** Longitudinal guides running down a limb sleeve, `count` of them evenly round it. */
function sleeveGuides(levels: readonly SleeveLevel[], count: number): Vec3[][] {
  return Array.from({ length: count }, (_, k) => {
    const angle = (2 * Math.PI * k) / count;
    return levels.map(({ center: [x, y, z], rx, rz }): Vec3 => [
      x + rx * Math.cos(angle),
      y,
      z + rz * Math.sin(angle),
    ]);
  });
}

const envelope: EnvelopeShape = { kind: 'envelope', inflate: 0.8 };

export const FASCIA: readonly StructureSpec[] = [
  {
    slug: 'superficial_fascia',
    name: 'Superficial fascia (whole-body envelope)',
    kind: 'fascia',
    layer: 'superficial_fascia',
    region: 'whole_body',
    wpi: null,
    stack: 9,
    shape: envelope,
    midline: true,
  },
  fasciaSheet(
    {
      slug: 'epicranial_aponeurosis',
      name: 'Epicranial aponeurosis (galea)',
      region: 'head',
      wpi: null,
      stack: 3,
      midline: true,
    },
    [
      [
        [-5.2, 168.0, 3.6],
        [-5.6, 170.2, 0.0],
        [-5.2, 168.4, -5.6],
        [-4.6, 166.4, -8.6],
      ],
      [
        [-2.6, 169.2, 5.0],
        [-2.8, 171.8, 0.0],
        [-2.7, 170.2, -6.2],
        [-2.4, 167.0, -9.6],
      ],
      [
        [0.0, 169.6, 5.4],
        [0.0, 172.4, 0.0],
        [0.0, 170.8, -6.4],
        [0.0, 167.2, -10.0],
      ],
      [
        [2.6, 169.2, 5.0],
        [2.8, 171.8, 0.0],
        [2.7, 170.2, -6.2],
        [2.4, 167.0, -9.6],
      ],
      [
        [5.2, 168.0, 3.6],
        [5.6, 170.2, 0.0],
        [5.2, 168.4, -5.6],
        [4.6, 166.4, -8.6],
      ],
    ],
    profile(0.3, 1, 1),
  ),
  fasciaSheet(
    {
      slug: 'nuchal_ligament',
      name: 'Nuchal ligament',
      region: 'neck',
      wpi: 'neck',
      stack: 2,
      midline: true,
    },
    [
      [
        [-0.3, 160.2, -9.4],
        [-0.3, 153.0, -7.4],
        [-0.3, 144.5, -9.4],
      ],
      [
        [0.3, 160.2, -9.4],
        [0.3, 153.0, -7.4],
        [0.3, 144.5, -9.4],
      ],
    ],
    profile(0.5, 1, 1),
  ),
  fasciaSheet(
    {
      slug: 'cervical_fascia',
      name: 'Deep cervical fascia (investing layer)',
      region: 'neck',
      wpi: 'neck',
      stack: 7,
    },
    [
      [
        [0.3, 149.1, 7.0],
        [0.3, 145.0, 5.9],
        [0.3, 140.2, 6.4],
      ],
      [
        [4.6, 150.2, 2.8],
        [4.3, 145.5, 3.8],
        [4.2, 140.6, 5.5],
      ],
      [
        [5.6, 152.2, -1.4],
        [6.6, 146.0, -1.6],
        [8.5, 141.6, -1.6],
      ],
    ],
    THIN,
  ),
  fasciaSheet(
    { slug: 'pectoral_fascia', name: 'Pectoral fascia', region: 'chest', wpi: 'chest', stack: 7 },
    [
      [
        [1.5, 139.0, 7.8],
        [8.0, 135.5, 10.4],
        [14.0, 133.0, 7.6],
      ],
      [
        [1.8, 130.0, 10.0],
        [8.5, 128.5, 11.4],
        [14.4, 129.4, 7.2],
      ],
      [
        [5.0, 120.0, 11.0],
        [10.5, 121.6, 10.6],
        [14.2, 125.8, 5.6],
      ],
    ],
    THIN,
  ),
  fasciaSheet(
    {
      slug: 'thoracolumbar_fascia',
      name: 'Thoracolumbar fascia',
      region: 'lower_back',
      wpi: 'lower_back',
      stack: 4.5,
    },
    [
      [
        [0.4, 114.0, -11.6],
        [0.4, 100.0, -9.6],
        [0.4, 88.0, -10.6],
      ],
      [
        [5.5, 112.0, -12.4],
        [7.0, 101.0, -11.2],
        [4.6, 90.0, -11.0],
      ],
      [
        [9.0, 109.0, -10.6],
        [10.2, 103.0, -9.0],
        [7.4, 96.0, -10.0],
      ],
    ],
    profile(0.35, 1, 1),
  ),
  fasciaSheet(
    { slug: 'linea_alba', name: 'Linea alba', region: 'abdomen', wpi: 'abdomen', stack: 4.5, midline: true },
    [
      [
        [-0.45, 120.5, 10.4],
        [-0.45, 104.0, 11.0],
        [-0.45, 88.6, 7.2],
      ],
      [
        [0.45, 120.5, 10.4],
        [0.45, 104.0, 11.0],
        [0.45, 88.6, 7.2],
      ],
    ],
    profile(0.3, 1, 1),
  ),
  fasciaSheet(
    {
      slug: 'rectus_sheath',
      name: 'Rectus sheath (anterior layer)',
      region: 'abdomen',
      wpi: 'abdomen',
      stack: 4.6,
    },
    [
      [
        [0.6, 88.4, 7.6],
        [0.6, 104.0, 11.2],
        [0.6, 121.4, 10.6],
      ],
      [
        [4.2, 88.6, 7.2],
        [5.9, 104.0, 10.8],
        [7.4, 122.4, 10.2],
      ],
    ],
    THIN,
  ),
  fasciaSheet(
    { slug: 'gluteal_fascia', name: 'Gluteal fascia', region: 'pelvis', wpi: 'hip', stack: 6 },
    [
      [
        [12.6, 100.5, 3.6],
        [15.6, 94.0, 2.2],
        [16.8, 89.5, 0.6],
      ],
      [
        [13.8, 104.6, -2.6],
        [16.8, 97.0, -2.8],
        [17.2, 90.5, -1.2],
      ],
      [
        [9.0, 103.0, -8.8],
        [13.8, 97.0, -8.6],
        [16.6, 91.0, -3.4],
      ],
    ],
    THIN,
  ),
  fasciaSheet(
    { slug: 'fascia_lata', name: 'Fascia lata', region: 'thigh', wpi: 'upper_leg', stack: 6 },
    sleeveGuides(
      [
        { center: [10.0, 80.0, 0.0], rx: 3.0, rz: 3.0 },
        { center: [10.5, 70.0, 0.5], rx: 3.0, rz: 3.0 },
        { center: [10.4, 60.0, 0.5], rx: 2.6, rz: 2.6 },
        { center: [9.8, 53.0, 0.0], rx: 2.6, rz: 2.6 },
      ],
      12,
    ),
    THIN,
    true,
  ),
  fasciaSheet(
    { slug: 'iliotibial_band', name: 'Iliotibial band', region: 'thigh', wpi: 'upper_leg', stack: 6.2 },
    [
      [
        [15.8, 86.0, 1.0],
        [17.2, 72.0, 1.6],
        [16.0, 58.0, 1.4],
        [12.8, 45.0, 2.2],
      ],
      [
        [16.6, 84.0, -2.2],
        [17.6, 72.0, -1.2],
        [16.4, 58.0, -1.0],
        [13.2, 45.2, 0.8],
      ],
    ],
    profile(0.35, 1, 1),
  ),
  fasciaSheet(
    { slug: 'crural_fascia', name: 'Crural fascia', region: 'leg', wpi: 'lower_leg', stack: 6 },
    sleeveGuides(
      [
        { center: [10.5, 40.0, -1.0], rx: 2.4, rz: 2.4 },
        { center: [10.3, 30.0, -1.4], rx: 2.2, rz: 2.2 },
        { center: [10.0, 20.0, -1.0], rx: 2.0, rz: 2.0 },
        { center: [10.0, 11.0, -0.6], rx: 1.8, rz: 1.8 },
      ],
      12,
    ),
    THIN,
    true,
  ),
  fasciaSheet(
    { slug: 'plantar_fascia', name: 'Plantar fascia', region: 'foot', wpi: 'lower_leg', stack: 3 },
    [
      [
        [9.2, 0.7, -4.5],
        [8.0, 0.7, 4.0],
        [7.0, 0.8, 12.0],
      ],
      [
        [10.8, 0.7, -4.5],
        [12.2, 0.7, 4.0],
        [13.0, 0.8, 11.0],
      ],
    ],
    profile(0.3, 1, 1),
  ),
  fasciaSheet(
    { slug: 'brachial_fascia', name: 'Brachial fascia', region: 'upper_arm', wpi: 'upper_arm', stack: 6 },
    sleeveGuides(
      [
        { center: [18.6, 128.0, -2.6], rx: 1.8, rz: 1.8 },
        { center: [20.0, 120.0, -2.6], rx: 1.8, rz: 1.8 },
        { center: [21.4, 113.0, -2.8], rx: 1.8, rz: 1.8 },
      ],
      10,
    ),
    THIN,
    true,
  ),
  fasciaSheet(
    {
      slug: 'antebrachial_fascia',
      name: 'Antebrachial fascia',
      region: 'forearm',
      wpi: 'lower_arm',
      stack: 6,
    },
    sleeveGuides(
      [
        { center: [24.0, 103.0, -2.4], rx: 1.6, rz: 1.6 },
        { center: [25.2, 96.0, -1.8], rx: 1.4, rz: 1.4 },
        { center: [26.3, 89.0, -1.0], rx: 1.2, rz: 1.2 },
        { center: [26.9, 85.0, -0.6], rx: 1.1, rz: 1.1 },
      ],
      10,
    ),
    THIN,
    true,
  ),
  fasciaSheet(
    { slug: 'palmar_aponeurosis', name: 'Palmar aponeurosis', region: 'hand', wpi: 'lower_arm', stack: 4 },
    [
      [
        [26.6, 81.5, 1.5],
        [25.2, 77.0, 1.4],
        [24.8, 73.8, 1.2],
      ],
      [
        [27.2, 81.5, 1.6],
        [28.8, 77.0, 1.6],
        [29.4, 73.5, 1.4],
      ],
    ],
    profile(0.25, 1, 1),
  ),
];
