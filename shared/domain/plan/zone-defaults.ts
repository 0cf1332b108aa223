import type { Client } from '../client';
import type { PlannedPressure } from './planned-pressure';
import type { ZoneBodyInput, ZoneTarget } from './zones';

/**
 * A new zone starts gentle, on the scale the client's tolerance was measured on, so the
 * therapist raises it deliberately; fascia is said to release after 90-120 s, and holds of 3-5
 * minutes are common.
 */
function startingPressure(
  client: Pick<Client, 'toleranceDefault' | 'toleranceByRegion'> | null,
): PlannedPressure {
  const scale = client?.toleranceDefault?.scale ?? client?.toleranceByRegion[0]?.level.scale ?? 'ordinal';
  switch (scale) {
    case 'comfort':
      return { scale, value: 4 };
    case 'algometer':
      return { scale, value: 1 };
    case 'ordinal':
      return { scale, value: 'light' };
  }
}

const STARTING_HOLD_MINUTES = 4;
const STARTING_TECHNIQUE = 'sustained-pressure';

/** A zone as the plan first makes it, on what was painted or picked. */
export function newZone(
  target: ZoneTarget,
  client: Pick<Client, 'toleranceDefault' | 'toleranceByRegion'> | null,
): ZoneBodyInput {
  return {
    target,
    techniqueId: STARTING_TECHNIQUE,
    pressure: startingPressure(client),
    holdMinutes: STARTING_HOLD_MINUTES,
  };
}
