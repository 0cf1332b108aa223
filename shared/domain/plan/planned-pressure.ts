import { z } from 'zod';
import type { AlgometerUnit } from '../algometer-units';
import { ALGOMETER_RANGE_KG_CM2, ORDINAL_PRESSURES, PressureLevel, describePressure } from '../pressure';

/** A pressure planned or used in a session: a level on one of the practice's scales, undated. */
const [comfort, ordinal, algometer] = PressureLevel.options;
export const PlannedPressure = z.discriminatedUnion('scale', [
  comfort.omit({ measuredOn: true }),
  ordinal.omit({ measuredOn: true }),
  algometer.omit({ measuredOn: true }),
]);
export type PlannedPressure = z.infer<typeof PlannedPressure>;

export type PressureBand = (typeof ORDINAL_PRESSURES)[number];

/**
 * Where a level falls on light / moderate / firm / deep, so levels on different scales can be
 * compared and rules can say "firm or deep". Comfort 7 is the therapeutic edge and 8+ brings
 * guarding (deep); an algometer reading is read against the classic 4 kg/cm² threshold.
 */
export function pressureBand(level: Pick<PressureLevel, 'scale' | 'value'>): PressureBand {
  switch (level.scale) {
    case 'ordinal':
      return level.value as PressureBand;
    case 'comfort': {
      const value = level.value as number;
      return value <= 3 ? 'light' : value <= 5 ? 'moderate' : value <= 7 ? 'firm' : 'deep';
    }
    case 'algometer': {
      const value = level.value as number;
      return value < 2 ? 'light' : value < 4 ? 'moderate' : value < 6 ? 'firm' : 'deep';
    }
  }
}

export function bandRank(band: PressureBand): number {
  return ORDINAL_PRESSURES.indexOf(band);
}

/** True when `planned` is more than `tolerance`: by value on the same scale, else by band. */
export function exceedsTolerance(
  planned: PlannedPressure,
  tolerance: Pick<PressureLevel, 'scale' | 'value'>,
): boolean {
  if (planned.scale === tolerance.scale && planned.scale !== 'ordinal') {
    return (planned.value as number) > (tolerance.value as number);
  }
  return bandRank(pressureBand(planned)) > bandRank(pressureBand(tolerance));
}

/** The same words as a measured tolerance; the date is not shown, so any will do. */
export function describePlannedPressure(pressure: PlannedPressure, unit: AlgometerUnit = 'kgf'): string {
  return describePressure({ ...pressure, measuredOn: '' } as PressureLevel, unit);
}

/** Algometer steps offered around the planned reading, kg/cm²: mostly lighter, as a flare-up asks. */
const ALGOMETER_STEPS = [-1, -0.5, 0, 0.5];

/**
 * The pressures offered as single taps while the zone is worked, on the scale it was planned on:
 * every step of the ordinal and comfort scales, and for an algometer a few readings around the plan.
 */
export function quickPressures(planned: PlannedPressure): PlannedPressure[] {
  switch (planned.scale) {
    case 'ordinal':
      return ORDINAL_PRESSURES.map((value) => ({ scale: 'ordinal', value }));
    case 'comfort':
      return Array.from({ length: 10 }, (_, i) => ({ scale: 'comfort', value: i + 1 }));
    case 'algometer':
      return ALGOMETER_STEPS.map((step) => ({
        scale: 'algometer',
        value: Math.max(ALGOMETER_RANGE_KG_CM2.min, Math.round((planned.value + step) * 10) / 10),
      }));
  }
}
