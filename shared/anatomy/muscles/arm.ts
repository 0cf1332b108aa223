import { profile, spindle } from '../spec';
import type { StructureSpec } from '../types';

/** Muscles of the upper arm (client's left). The arm hangs about ten degrees from the trunk. */
const arm = (slug: string, name: string, stack: number) =>
  ({ slug, name, stack, region: 'upper_arm', wpi: 'upper_arm' }) as const;

export const ARM_MUSCLES: readonly StructureSpec[] = [
  spindle(
    arm('biceps_brachii', 'Biceps brachii', 4),
    [
      [15.2, 136.5, 1.5],
      [17.6, 131.0, 2.5],
      [19.8, 122.0, 2.8],
      [21.4, 113.0, 2.2],
      [22.8, 107.5, 1.0],
      [23.6, 104.5, -0.4],
    ],
    4.2,
    profile(3.4, 0.14, 0.15, { peak: 0.6 }),
  ),
  spindle(
    arm('brachialis', 'Brachialis', 3),
    [
      [19.3, 124.0, -1.0],
      [20.6, 116.0, -0.6],
      [22.0, 110.0, -0.6],
      [23.0, 105.5, -1.8],
    ],
    4.4,
    profile(2.0, 0.05, 0.12),
  ),
  spindle(
    arm('coracobrachialis', 'Coracobrachialis', 3),
    [
      [15.2, 136.5, 1.2],
      [17.0, 131.0, 0.2],
      [18.7, 125.0, -1.2],
    ],
    1.8,
    profile(1.6, 0.12, 0.12),
  ),
  spindle(
    arm('triceps_long', 'Triceps brachii (long head)', 4),
    [
      [16.4, 134.5, -5.3],
      [18.0, 128.0, -7.6],
      [19.8, 120.0, -8.4],
      [21.4, 113.0, -8.0],
      [22.5, 108.8, -7.0],
    ],
    3.6,
    profile(2.8, 0.08, 0.3),
  ),
  spindle(
    arm('triceps_lateral', 'Triceps brachii (lateral head)', 4.2),
    [
      [18.6, 133.0, -4.5],
      [20.8, 126.0, -6.4],
      [22.2, 118.0, -7.2],
      [22.8, 111.0, -7.4],
      [22.6, 108.6, -6.9],
    ],
    3.6,
    profile(2.4, 0.06, 0.3),
  ),
  spindle(
    arm('triceps_medial', 'Triceps brachii (medial head)', 3),
    [
      [19.2, 123.0, -4.8],
      [20.6, 116.0, -5.8],
      [21.8, 110.5, -6.4],
      [22.5, 108.4, -6.8],
    ],
    3.5,
    profile(1.8, 0.05, 0.15),
  ),
  spindle(
    { slug: 'anconeus', name: 'Anconeus', stack: 3, region: 'forearm', wpi: 'lower_arm' },
    [
      [24.6, 108.6, -4.8],
      [24.2, 106.4, -5.8],
      [23.6, 104.5, -6.5],
    ],
    2.0,
    profile(0.8, 0.1, 0.05),
  ),
];
