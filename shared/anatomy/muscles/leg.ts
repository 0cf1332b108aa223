import { profile, sheet, spindle } from '../spec';
import type { StructureSpec } from '../types';

/** Calf, front and lateral compartments of the leg, and the intrinsic foot muscles (client's left). */
const leg = (slug: string, name: string, stack: number) =>
  ({ slug, name, stack, region: 'leg', wpi: 'lower_leg' }) as const;
const foot = (slug: string, name: string, stack: number) =>
  ({ slug, name, stack, region: 'foot', wpi: 'lower_leg' }) as const;

export const LEG_MUSCLES: readonly StructureSpec[] = [
  spindle(
    leg('gastrocnemius_medial', 'Gastrocnemius (medial head)', 4),
    [
      [7.8, 50.5, -3.2],
      [7.3, 44.0, -6.2],
      [7.6, 36.0, -7.6],
      [8.7, 28.0, -6.6],
      [9.6, 18.0, -4.8],
      [9.9, 10.0, -4.6],
      [10.0, 4.0, -6.0],
    ],
    4.2,
    profile(2.6, 0.05, 0.5, { peak: 0.28 }),
  ),
  spindle(
    leg('gastrocnemius_lateral', 'Gastrocnemius (lateral head)', 4),
    [
      [11.8, 50.5, -3.2],
      [12.4, 44.0, -5.5],
      [11.9, 37.0, -6.6],
      [10.8, 29.0, -6.2],
      [10.2, 18.0, -4.8],
      [10.1, 10.0, -4.6],
      [10.0, 4.0, -6.0],
    ],
    3.6,
    profile(2.2, 0.05, 0.55, { peak: 0.26 }),
  ),
  sheet(
    leg('soleus', 'Soleus', 3),
    [
      [
        [12.6, 43.0, -3.2],
        [12.8, 33.0, -4.8],
        [11.2, 22.0, -4.5],
        [10.2, 11.0, -4.2],
      ],
      [
        [8.4, 40.0, -3.2],
        [7.6, 30.0, -4.5],
        [8.6, 20.0, -4.2],
        [9.8, 11.0, -4.2],
      ],
    ],
    profile(2.6, 0.05, 0.3, { peak: 0.4 }),
  ),
  spindle(
    leg('tibialis_anterior', 'Tibialis anterior', 3),
    [
      [11.3, 43.0, 2.8],
      [11.4, 33.0, 3.6],
      [10.8, 22.0, 3.4],
      [9.6, 12.0, 3.0],
      [8.6, 7.0, 3.0],
      [7.8, 4.6, 6.0],
    ],
    3.0,
    profile(2.3, 0.04, 0.42, { peak: 0.3 }),
  ),
  spindle(
    leg('extensor_digitorum_longus', 'Extensor digitorum longus', 3),
    [
      [12.7, 42.0, 0.8],
      [13.1, 32.0, 1.8],
      [12.6, 20.0, 1.8],
      [11.4, 10.0, 2.2],
      [11.2, 5.2, 5.8],
      [11.2, 3.2, 12.0],
    ],
    2.2,
    profile(1.6, 0.04, 0.45),
  ),
  spindle(
    leg('extensor_hallucis_longus', 'Extensor hallucis longus', 2),
    [
      [12.3, 32.0, 1.0],
      [11.4, 20.0, 2.2],
      [10.1, 10.0, 2.6],
      [8.8, 5.0, 5.8],
      [7.8, 3.5, 13.0],
    ],
    1.5,
    profile(1.2, 0.05, 0.5),
  ),
  spindle(
    leg('fibularis_longus', 'Fibularis longus', 3),
    [
      [13.6, 44.0, -1.8],
      [14.4, 34.0, -1.8],
      [14.0, 22.0, -2.0],
      [13.2, 12.0, -2.6],
      [12.8, 6.0, -3.2],
      [12.3, 2.5, 1.5],
    ],
    2.5,
    profile(1.8, 0.04, 0.45),
  ),
  spindle(
    leg('fibularis_brevis', 'Fibularis brevis', 2),
    [
      [13.4, 30.0, -2.2],
      [13.6, 20.0, -2.6],
      [13.0, 10.0, -3.0],
      [12.8, 5.0, -2.0],
      [13.0, 2.2, 4.0],
    ],
    2.2,
    profile(1.5, 0.05, 0.4),
  ),
  spindle(
    leg('tibialis_posterior', 'Tibialis posterior', 1),
    [
      [10.6, 42.0, -3.0],
      [10.6, 30.0, -3.2],
      [9.5, 17.0, -2.6],
      [7.8, 8.0, -1.6],
      [7.6, 3.5, 3.0],
    ],
    2.2,
    profile(1.6, 0.05, 0.35),
  ),
  spindle(
    leg('flexor_digitorum_longus', 'Flexor digitorum longus', 2),
    [
      [9.0, 38.0, -2.8],
      [8.8, 26.0, -3.6],
      [8.0, 14.0, -3.0],
      [7.2, 7.0, -1.8],
      [8.5, 1.8, 6.0],
    ],
    1.8,
    profile(1.4, 0.05, 0.4),
  ),
  spindle(
    leg('flexor_hallucis_longus', 'Flexor hallucis longus', 2),
    [
      [12.2, 34.0, -3.6],
      [11.3, 22.0, -4.0],
      [9.8, 12.0, -3.8],
      [8.6, 5.0, -2.8],
      [7.6, 1.5, 8.0],
    ],
    2.2,
    profile(1.6, 0.05, 0.4),
  ),
  sheet(
    foot('extensor_digitorum_brevis', 'Extensor digitorum brevis', 3),
    [
      [
        [12.8, 3.8, 3.0],
        [12.0, 3.6, 6.5],
        [11.4, 3.2, 9.5],
      ],
      [
        [12.6, 3.4, 1.8],
        [12.8, 3.2, 6.0],
        [12.6, 2.8, 10.0],
      ],
    ],
    profile(0.8, 0.1, 0.3),
  ),
  spindle(
    foot('abductor_hallucis', 'Abductor hallucis', 3),
    [
      [7.8, 2.2, -4.0],
      [6.6, 2.2, 3.0],
      [6.2, 1.8, 10.0],
      [6.6, 1.6, 14.0],
    ],
    2.2,
    profile(1.6, 0.05, 0.3),
  ),
  spindle(
    foot('abductor_digiti_minimi_pedis', 'Abductor digiti minimi (foot)', 3),
    [
      [12.2, 1.6, -4.0],
      [13.6, 1.6, 3.0],
      [13.8, 1.4, 10.0],
    ],
    1.8,
    profile(1.4, 0.05, 0.3),
  ),
  spindle(
    foot('flexor_digitorum_brevis', 'Flexor digitorum brevis', 2),
    [
      [10.0, 1.1, -3.5],
      [10.0, 1.1, 4.0],
      [10.5, 1.1, 11.0],
    ],
    2.8,
    profile(1.0, 0.05, 0.3),
  ),
];
