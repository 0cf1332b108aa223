import { blob, bone, tube } from '../spec';
import type { StructureSpec } from '../types';

/**
 * The head as true ellipsoids (capsule chains overshoot at blunt ends and make heads too tall):
 * cranium, forehead, occiput, face and jaw, with the brow, nose, eyes and ears that make it read as
 * a face at a glance. Chin at about 149 cm, vertex at 172 cm.
 */
export const HEAD_SKELETON: readonly StructureSpec[] = [
  bone(
    { slug: 'skull', name: 'Skull', region: 'head', wpi: null, stack: 0, midline: true },
    [
      tube(
        [
          [-5.6, 161.5, 6.2],
          [-2.6, 162.1, 8.3],
          [0, 161.9, 8.8],
          [2.6, 162.1, 8.3],
          [5.6, 161.5, 6.2],
        ],
        0.75,
      ),
      tube(
        [
          [0, 160.9, 8.7],
          [0, 158.4, 10.4],
          [0, 156.4, 11.2],
        ],
        [0.5, 0.75, 0.85],
      ),
      tube(
        [
          [5.6, 157.8, 4.5],
          [6.3, 158.0, 1.5],
          [6.1, 158.1, -1.2],
        ],
        0.55,
      ),
      tube(
        [
          [-5.6, 157.8, 4.5],
          [-6.3, 158.0, 1.5],
          [-6.1, 158.1, -1.2],
        ],
        0.55,
      ),
    ],
    [
      blob([0, 163.8, -1.0], [7.3, 8.6, 9.7]),
      blob([0, 164.2, 2.6], [6.5, 7.2, 6.1]),
      blob([0, 160.6, -6.4], [5.8, 4.8, 4.2]),
      blob([0, 155.6, 5.0], [4.4, 3.8, 4.3]),
      blob([0, 152.3, 5.6], [3.3, 1.7, 3.6]),
      blob([5.3, 157.6, 4.5], [1.5, 1.3, 1.8]),
      blob([-5.3, 157.6, 4.5], [1.5, 1.3, 1.8]),
      blob([0, 155.9, 10.1], [1.6, 0.95, 1.25]),
      blob([5.2, 156.6, -3.2], [0.9, 1.3, 1.0]),
      blob([-5.2, 156.6, -3.2], [0.9, 1.3, 1.0]),
    ],
  ),
  bone(
    { slug: 'mandible', name: 'Mandible', region: 'head', wpi: null, stack: 0, midline: true },
    [
      tube(
        [
          [5.2, 156.0, -1.0],
          [5.3, 151.6, -0.6],
          [4.4, 149.8, 3.5],
          [2.6, 149.2, 6.8],
          [0, 148.9, 8.0],
          [-2.6, 149.2, 6.8],
          [-4.4, 149.8, 3.5],
          [-5.3, 151.6, -0.6],
          [-5.2, 156.0, -1.0],
        ],
        [0.9, 1.0, 1.0, 1.0, 1.2, 1.0, 1.0, 1.0, 0.9],
      ),
      tube(
        [
          [4.6, 151.5, 2.0],
          [4.8, 155.5, 3.2],
        ],
        0.5,
      ),
      tube(
        [
          [-4.6, 151.5, 2.0],
          [-4.8, 155.5, 3.2],
        ],
        0.5,
      ),
    ],
    [blob([0, 149.5, 7.6], [2.2, 1.4, 1.0])],
  ),
  bone(
    { slug: 'larynx', name: 'Hyoid and larynx', region: 'neck', wpi: 'neck', stack: 0, midline: true },
    [
      tube(
        [
          [-2.0, 149.0, 2.8],
          [0, 149.2, 3.8],
          [2.0, 149.0, 2.8],
        ],
        0.4,
      ),
    ],
    [blob([0, 146.2, 3.6], [1.8, 2.4, 1.8]), blob([0, 142.8, 3.2], [1.3, 1.6, 1.2])],
  ),
  bone(
    { slug: 'eye', name: 'Eye', region: 'head', wpi: null, stack: 0 },
    [],
    [blob([3.2, 159.7, 6.3], [1.2, 1.15, 1.2])],
    'landmark',
  ),
  bone(
    { slug: 'auricle', name: 'Ear (auricle)', region: 'head', wpi: null, stack: 0 },
    [
      tube(
        [
          [7.0, 162.2, -2.2],
          [7.4, 160.5, -3.6],
          [7.2, 158.0, -2.8],
        ],
        [0.4, 0.45, 0.4],
      ),
    ],
    [blob([7.0, 159.8, -2.4], [0.6, 2.8, 1.7], [0, 0, -4]), blob([6.8, 157.4, -1.9], [0.5, 0.8, 0.7])],
    'landmark',
  ),
];
