import type { SurfaceAnchor } from '../../../shared/domain/map/anchor';
import { anchoredMuscle } from '../../../shared/domain/map/anchor';
import type { FindingBody } from '../../../shared/domain/map/findings';
import { SEEDED_TECHNIQUES } from '../../../shared/domain/map/techniques';
import type { ZoneBody } from '../../../shared/domain/map/zones';
import type { ClinicDatabase } from '../db/open';
import { insertFinding } from '../db/repositories/findings';
import { insertZone } from '../db/repositories/treatment-zones';
import { idMaker, random } from './generate-clinic';

/** How many findings and treatment zones one session's map gets. */
export interface SessionMapSize {
  sessionId: string;
  findings: number;
  zones: number;
}

export interface SessionMapOptions {
  sessions: readonly SessionMapSize[];
  /**
   * Where findings may sit: anchors on the real model's surface (the caller picks them, so this
   * generator needs no mesh). Zones target the muscles among them.
   */
  anchors: readonly SurfaceAnchor[];
  seed: number;
  at: string;
}

const SEVERITIES = ['mild', 'moderate', 'severe'] as const;
const DEPTHS = ['superficial_fascia', 'deep_fascia', 'muscle'] as const;
const PRESSURES = ['light', 'moderate', 'firm'] as const;

/** A unit direction lying in the surface at the anchor: the normal crossed with vertical (or depth). */
function tangent([x, y, z]: readonly [number, number, number]): [number, number, number] {
  const [ax, ay, az] = Math.abs(y) > 0.9 ? [0, 0, 1] : [0, 1, 0];
  const t: [number, number, number] = [y * az - z * ay, z * ax - x * az, x * ay - y * ax];
  const length = Math.hypot(...t);
  return [t[0] / length, t[1] / length, t[2] / length];
}

/**
 * Fills sessions with findings (adhesions and trigger points on the given anchors) and treatment
 * zones over the anchored muscles, through the repositories, in one transaction: a million rows in
 * well under a minute. The same seed and inputs give the same rows.
 */
export function generateSessionMaps(db: ClinicDatabase, options: SessionMapOptions): number {
  const next = random(options.seed);
  const newId = idMaker(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const muscles = [...new Set(options.anchors.map(anchoredMuscle).filter((id) => id !== null))];
  if (options.anchors.length === 0 || muscles.length === 0) {
    throw new Error('Session maps need anchors, some of them on or over a muscle');
  }
  const { at } = options;
  let rows = 0;

  const finding = (anchor: SurfaceAnchor): FindingBody =>
    anchoredMuscle(anchor) !== null && next() < 0.4
      ? {
          kind: 'trigger_point',
          anchor,
          state: next() < 0.5 ? 'active' : 'latent',
          referral: { strokes: [] },
          note: '',
        }
      : {
          kind: 'adhesion',
          anchor,
          depth: pick(DEPTHS),
          direction: tangent(anchor.normal),
          severity: pick(SEVERITIES),
          note: '',
        };
  const zone = (): ZoneBody => ({
    label: '',
    target: { kind: 'structure', structureId: pick(muscles) },
    techniqueId: pick(SEEDED_TECHNIQUES).id,
    pressure: { scale: 'ordinal', value: pick(PRESSURES) },
    holdMinutes: 2 + Math.floor(next() * 4),
    notes: '',
  });

  db.transaction(() => {
    for (const size of options.sessions) {
      for (let index = 0; index < size.findings; index++) {
        const body = finding(pick(options.anchors));
        insertFinding(db, { id: newId(), sessionId: size.sessionId, body, carriedFromId: null, at });
      }
      for (let index = 0; index < size.zones; index++) {
        insertZone(db, { id: newId(), sessionId: size.sessionId, body: zone(), carriedFromId: null, at });
      }
      rows += size.findings + size.zones;
    }
  })();
  return rows;
}

/** Splits `total` over `count` as evenly as whole numbers allow: the shares differ by at most one. */
export function spread(total: number, count: number): number[] {
  return Array.from(
    { length: count },
    (_, index) => Math.floor(((index + 1) * total) / count) - Math.floor((index * total) / count),
  );
}
