import type { Vec3 } from '../types';

/**
 * The twelve ribs of the client's left side as paths from the costovertebral joint round to the
 * costochondral junction (and on along the cartilage for the true ribs). The intercostal sheet
 * and the serratus anterior are wrapped over these, so the thoracic wall comes from one table.
 */
interface RibRow {
  /** Lateral-most reach of the rib, cm from the midline. */
  readonly width: number;
  /** Depth of the rib angle behind the vertebral bodies (posterior surface of the cage). */
  readonly back: number;
  readonly costochondral: Vec3;
  /** Where the cartilage meets the sternum or the cartilage above; null for floating ribs. */
  readonly cartilageEnd: Vec3 | null;
}

const RIBS: readonly RibRow[] = [
  { width: 6.5, back: -7.2, costochondral: [4.8, 136.5, 4.5], cartilageEnd: [2.2, 137.8, 5.6] },
  { width: 9.5, back: -8.6, costochondral: [7.0, 133.5, 7.3], cartilageEnd: [2.0, 134.6, 7.4] },
  { width: 11.4, back: -9.4, costochondral: [8.8, 130.0, 8.7], cartilageEnd: [1.9, 131.4, 8.3] },
  { width: 12.6, back: -9.8, costochondral: [10.1, 126.0, 9.4], cartilageEnd: [1.9, 128.3, 9.0] },
  { width: 13.4, back: -10.0, costochondral: [11.0, 121.8, 9.7], cartilageEnd: [1.9, 125.4, 9.6] },
  { width: 13.9, back: -10.0, costochondral: [11.6, 117.6, 9.5], cartilageEnd: [1.8, 122.7, 10.0] },
  { width: 14.2, back: -10.0, costochondral: [12.0, 113.8, 8.8], cartilageEnd: [2.2, 120.9, 10.2] },
  { width: 14.3, back: -9.8, costochondral: [12.6, 110.8, 7.3], cartilageEnd: [5.6, 116.2, 10.2] },
  { width: 14.1, back: -9.5, costochondral: [13.1, 108.8, 5.4], cartilageEnd: [8.0, 112.6, 9.3] },
  { width: 13.7, back: -9.2, costochondral: [13.3, 107.3, 3.4], cartilageEnd: [10.2, 109.6, 7.6] },
  { width: 12.6, back: -8.8, costochondral: [12.6, 105.8, -1.2], cartilageEnd: null },
  { width: 10.6, back: -8.4, costochondral: [10.2, 105.6, -5.0], cartilageEnd: null },
];

/** Height of the thoracic vertebral body that carries rib n (1-based). */
export function thoracicBodyY(n: number): number {
  return 141.5 - (n - 1) * 3.05;
}

/** Depth of that vertebral body: the thoracic kyphosis. */
export function thoracicBodyZ(n: number): number {
  const t = (n - 1) / 11;
  return -4.6 - 3.2 * Math.sin(Math.PI * t) - 0.9 * t;
}

/** The bony rib, costovertebral joint -> costochondral junction. */
export function ribPath(n: number): Vec3[] {
  const row = RIBS[n - 1];
  if (!row) throw new Error(`There is no rib ${n}`);
  const y = thoracicBodyY(n);
  const z = thoracicBodyZ(n);
  const drop = 1.5 + 0.4 * n;
  const [cx, cy, cz] = row.costochondral;
  return [
    [1.8, y, z - 1.2],
    [5.2, y - 0.3, row.back],
    [row.width * 0.86, y - drop * 0.55, row.back * 0.62],
    [row.width, y - drop, 0.3 + cz * 0.08],
    [(row.width + cx) / 2 + 0.4, (y - drop + cy) / 2, cz * 0.72],
    [cx, cy, cz],
  ];
}

/** The costal cartilage beyond the junction, or null for a floating rib. */
export function cartilagePath(n: number): Vec3[] | null {
  const row = RIBS[n - 1];
  if (!row?.cartilageEnd) return null;
  const [cx, cy, cz] = row.costochondral;
  const [ex, ey, ez] = row.cartilageEnd;
  return [
    [cx, cy, cz],
    [(cx + ex) / 2, (cy + ey) / 2 - 0.3, Math.max(cz, ez) + 0.3],
    [ex, ey, ez],
  ];
}

export const RIB_NUMBERS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
