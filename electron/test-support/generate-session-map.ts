import type { SurfaceAnchor } from '../../shared/domain/plan/anchor';
import { anchoredMuscle } from '../../shared/domain/plan/anchor';
import type { FindingBody } from '../../shared/domain/plan/findings';
import { SEEDED_TECHNIQUES } from '../../shared/domain/plan/techniques';
import type { ZoneBody } from '../../shared/domain/plan/zones';
import type { ClinicDatabase } from '../core/db/open';
import { insertFinding } from '../core/db/repositories/findings';
import { insertZone } from '../core/db/repositories/zones';
import { idMaker, random } from './generate-clinic';

/** Where a click on the model landed, and a direction lying in the surface there. */
export interface MarkedPlace {
  anchor: SurfaceAnchor;
  direction: [number, number, number];
}

/** How many findings and treatment zones one session's map gets. */
export interface SessionMapSize {
  sessionId: string;
  findings: number;
  zones: number;
}

export interface SessionMapOptions {
  sessions: readonly SessionMapSize[];
  /**
   * Where findings may sit: clicks on the real model, made by the caller so this generator needs
   * no mesh. Zones target the muscles among them.
   */
  places: readonly MarkedPlace[];
  seed: number;
  at: string;
}

const SEVERITIES = ['mild', 'moderate', 'severe'] as const;
const DEPTHS = ['superficial_fascia', 'deep_fascia', 'muscle'] as const;
const PRESSURES = ['light', 'moderate', 'firm'] as const;

/**
 * Fills sessions with findings (adhesions and trigger points at the given places) and treatment
 * zones over the anchored muscles, through the repositories, in one transaction: a million rows in
 * well under a minute. The same seed and inputs give the same rows.
 */
export function generateSessionMaps(db: ClinicDatabase, options: SessionMapOptions): number {
  const next = random(options.seed);
  const newId = idMaker(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const muscles = [
    ...new Set(options.places.map((place) => anchoredMuscle(place.anchor)).filter((id) => id !== null)),
  ];
  if (muscles.length === 0) throw new Error('Session maps need places on or over a muscle');
  const { at } = options;
  let rows = 0;

  const finding = ({ anchor, direction }: MarkedPlace): FindingBody =>
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
          direction,
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
        const body = finding(pick(options.places));
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
