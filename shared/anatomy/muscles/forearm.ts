import { profile, sheet, spindle } from '../spec';
import type { StructureSpec } from '../types';

/**
 * Forearm and hand (client's left, supinated: flexors face forward, the radius and thumb are
 * lateral). Stacks separate the superficial flexor/extensor group from the deep group.
 */
const forearm = (slug: string, name: string, stack: number) =>
  ({ slug, name, stack, region: 'forearm', wpi: 'lower_arm' }) as const;
const hand = (slug: string, name: string, stack: number) =>
  ({ slug, name, stack, region: 'hand', wpi: 'lower_arm' }) as const;

export const FOREARM_MUSCLES: readonly StructureSpec[] = [
  spindle(
    forearm('brachioradialis', 'Brachioradialis', 4.4),
    [
      [23.3, 117.0, -3.6],
      [25.5, 110.0, -1.2],
      [27.2, 102.0, 0.6],
      [28.4, 93.0, 0.8],
      [29.3, 85.0, 0.4],
    ],
    3.2,
    profile(2.4, 0.06, 0.42, { peak: 0.35 }),
  ),
  spindle(
    forearm('extensor_carpi_radialis_longus', 'Extensor carpi radialis longus', 3),
    [
      [24.4, 112.5, -4.4],
      [26.6, 106.0, -2.5],
      [28.0, 98.0, -1.6],
      [28.9, 90.0, -1.2],
      [29.0, 84.5, -1.0],
      [28.8, 80.0, -0.8],
    ],
    2.2,
    profile(1.6, 0.05, 0.5, { peak: 0.3 }),
  ),
  spindle(
    forearm('extensor_carpi_radialis_brevis', 'Extensor carpi radialis brevis', 3),
    [
      [25.2, 108.3, -4.4],
      [27.0, 102.0, -3.2],
      [28.2, 94.0, -2.4],
      [28.6, 86.0, -1.7],
      [28.2, 80.0, -1.2],
    ],
    2.2,
    profile(1.5, 0.05, 0.45, { peak: 0.35 }),
  ),
  spindle(
    forearm('extensor_digitorum', 'Extensor digitorum', 4),
    [
      [25.2, 108.0, -4.8],
      [26.3, 101.0, -5.2],
      [27.1, 93.0, -4.0],
      [27.4, 86.0, -2.8],
      [27.4, 80.0, -2.0],
      [27.5, 72.0, -1.2],
    ],
    3.0,
    profile(1.8, 0.05, 0.4, { peak: 0.35 }),
  ),
  spindle(
    forearm('extensor_digiti_minimi', 'Extensor digiti minimi', 3.8),
    [
      [25.0, 107.5, -5.2],
      [25.6, 100.0, -6.0],
      [25.8, 92.0, -4.6],
      [25.6, 85.0, -3.2],
      [25.2, 76.0, -2.0],
    ],
    1.2,
    profile(1.0, 0.05, 0.45),
  ),
  spindle(
    forearm('extensor_carpi_ulnaris', 'Extensor carpi ulnaris', 4),
    [
      [24.8, 107.5, -5.6],
      [24.4, 100.0, -6.6],
      [24.6, 92.0, -5.0],
      [24.8, 85.0, -3.2],
      [25.0, 80.0, -2.2],
    ],
    2.0,
    profile(1.5, 0.05, 0.35),
  ),
  spindle(
    forearm('supinator', 'Supinator', 2),
    [
      [24.5, 107.0, -4.5],
      [25.4, 104.0, -3.0],
      [26.0, 101.0, -1.5],
    ],
    2.8,
    profile(1.0, 0.05, 0.05),
  ),
  spindle(
    forearm('abductor_pollicis_longus', 'Abductor pollicis longus', 4.6),
    [
      [25.8, 100.0, -5.0],
      [27.5, 93.0, -3.6],
      [29.4, 87.0, -1.6],
      [30.2, 83.5, 0.4],
    ],
    1.5,
    profile(1.0, 0.05, 0.4),
  ),
  spindle(
    forearm('extensor_pollicis_brevis', 'Extensor pollicis brevis', 4.6),
    [
      [26.0, 96.0, -4.8],
      [28.0, 90.0, -3.2],
      [29.8, 85.0, -0.8],
      [30.6, 81.0, 0.8],
    ],
    1.2,
    profile(0.9, 0.05, 0.45),
  ),
  spindle(
    forearm('extensor_pollicis_longus', 'Extensor pollicis longus', 2),
    [
      [25.6, 98.0, -5.2],
      [27.0, 90.0, -4.0],
      [28.6, 84.0, -2.8],
      [30.6, 79.0, -0.5],
    ],
    1.2,
    profile(0.9, 0.05, 0.5),
  ),
  spindle(
    forearm('pronator_teres', 'Pronator teres', 4),
    [
      [20.6, 108.5, -2.8],
      [22.8, 104.5, 1.2],
      [25.2, 100.5, 1.2],
      [26.8, 97.5, -0.2],
    ],
    2.8,
    profile(1.8, 0.05, 0.15),
  ),
  spindle(
    forearm('flexor_carpi_radialis', 'Flexor carpi radialis', 4.5),
    [
      [20.8, 108.0, -2.6],
      [23.0, 101.0, 1.6],
      [25.0, 94.0, 1.8],
      [26.6, 87.0, 1.4],
      [27.6, 82.5, 1.0],
    ],
    2.2,
    profile(1.6, 0.05, 0.45, { peak: 0.35 }),
  ),
  spindle(
    forearm('palmaris_longus', 'Palmaris longus', 4.6),
    [
      [20.9, 108.0, -3.0],
      [22.6, 101.0, 1.0],
      [24.3, 94.0, 1.6],
      [25.8, 87.0, 1.6],
      [26.8, 82.5, 1.5],
    ],
    1.4,
    profile(1.0, 0.05, 0.55, { peak: 0.3 }),
  ),
  spindle(
    forearm('flexor_carpi_ulnaris', 'Flexor carpi ulnaris', 4),
    [
      [20.8, 108.0, -4.2],
      [21.6, 101.0, -2.0],
      [22.8, 93.0, -1.6],
      [24.0, 86.0, -0.8],
      [24.6, 82.0, -0.6],
    ],
    2.6,
    profile(1.8, 0.05, 0.25),
  ),
  spindle(
    forearm('flexor_digitorum_superficialis', 'Flexor digitorum superficialis', 3),
    [
      [21.6, 106.0, -1.2],
      [23.6, 99.0, 0.6],
      [25.0, 91.0, 0.8],
      [25.8, 85.0, 0.6],
      [26.4, 78.0, 0.8],
    ],
    4.0,
    profile(2.0, 0.05, 0.35),
  ),
  spindle(
    forearm('flexor_digitorum_profundus', 'Flexor digitorum profundus', 2),
    [
      [22.4, 104.0, -3.6],
      [23.6, 96.0, -2.2],
      [24.8, 88.0, -1.2],
      [25.8, 80.0, -0.6],
    ],
    3.8,
    profile(2.0, 0.05, 0.3),
  ),
  spindle(
    forearm('flexor_pollicis_longus', 'Flexor pollicis longus', 2),
    [
      [26.5, 99.0, -1.0],
      [27.5, 92.0, -0.6],
      [28.2, 85.0, -0.2],
      [28.5, 80.0, 0.2],
    ],
    2.0,
    profile(1.3, 0.05, 0.35),
  ),
  sheet(
    forearm('pronator_quadratus', 'Pronator quadratus', 1),
    [
      [
        [24.6, 88.0, -0.8],
        [26.6, 88.2, -0.4],
        [28.6, 88.0, -0.4],
      ],
      [
        [24.6, 85.0, -0.8],
        [26.6, 85.2, -0.4],
        [28.6, 85.0, -0.4],
      ],
    ],
    profile(0.7, 0.05, 0.05),
  ),
  spindle(
    hand('abductor_pollicis_brevis', 'Abductor pollicis brevis', 3),
    [
      [28.8, 81.4, 1.6],
      [30.2, 77.5, 2.6],
      [31.0, 74.5, 2.8],
    ],
    1.8,
    profile(1.2, 0.1, 0.2),
  ),
  spindle(
    hand('flexor_pollicis_brevis', 'Flexor pollicis brevis', 2.5),
    [
      [28.2, 80.8, 1.6],
      [29.6, 77.2, 2.0],
      [30.6, 74.2, 2.3],
    ],
    1.4,
    profile(1.0, 0.1, 0.2),
  ),
  spindle(
    hand('opponens_pollicis', 'Opponens pollicis', 2),
    [
      [28.8, 81.2, 0.8],
      [29.7, 79.2, 1.2],
      [30.5, 77.2, 1.5],
    ],
    1.4,
    profile(0.9, 0.1, 0.1),
  ),
  spindle(
    hand('adductor_pollicis', 'Adductor pollicis', 2),
    [
      [27.0, 75.0, 1.0],
      [29.5, 76.2, 1.6],
      [30.5, 74.6, 1.8],
    ],
    2.0,
    profile(0.8, 0.1, 0.2),
  ),
  spindle(
    hand('abductor_digiti_minimi_manus', 'Abductor digiti minimi (hand)', 3),
    [
      [25.0, 81.5, 0.4],
      [24.2, 77.0, 0.6],
      [24.0, 73.0, 0.4],
    ],
    1.6,
    profile(1.2, 0.1, 0.2),
  ),
  spindle(
    hand('first_dorsal_interosseous', 'First dorsal interosseous', 3),
    [
      [29.2, 79.5, -0.8],
      [30.2, 75.5, 0.2],
      [29.6, 72.8, 0.0],
    ],
    1.6,
    profile(1.2, 0.1, 0.2),
  ),
];
