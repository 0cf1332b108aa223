import { z } from 'zod';

/**
 * How the clinic's algometer reads, on the standard 1 cm² tip. Readings are stored in kg/cm² only
 * (kgf on 1 cm²); every other unit is converted on the way in and on the way out, exactly:
 * 1 kgf = 9.80665 N, 1 lbf = 0.45359237 kgf, 1 N/cm² = 10 kPa.
 */
export const ALGOMETER_UNITS = ['kgf', 'lbf', 'N', 'kPa'] as const;
export const AlgometerUnit = z.enum(ALGOMETER_UNITS, { message: 'Choose kgf, lbf, N or kPa' });
export type AlgometerUnit = z.infer<typeof AlgometerUnit>;

const NEWTONS_PER_KGF = 9.80665;
const KGF_PER_LBF = 0.45359237;
const KPA_PER_N_CM2 = 10;

/** The ACR 1990 tender-point examination pressure: a site is tender when it hurts at this or less. */
export const ACR_TENDER_THRESHOLD_KG_CM2 = 4;

/** One unit's reading worth 1 kg/cm²; `shown` is how many decimals the screen and print give it. */
const UNIT_FACTS: Record<
  AlgometerUnit,
  { perKgCm2: number; symbol: string; label: string; shown: number; step: number }
> = {
  kgf: { perKgCm2: 1, symbol: 'kg/cm²', label: 'kgf (kg/cm²)', shown: 2, step: 0.1 },
  lbf: { perKgCm2: 1 / KGF_PER_LBF, symbol: 'lbf', label: 'lbf (on the 1 cm² tip)', shown: 2, step: 0.1 },
  N: { perKgCm2: NEWTONS_PER_KGF, symbol: 'N/cm²', label: 'N (N/cm²)', shown: 1, step: 0.1 },
  kPa: { perKgCm2: NEWTONS_PER_KGF * KPA_PER_N_CM2, symbol: 'kPa', label: 'kPa', shown: 0, step: 1 },
};

/**
 * Stored readings keep two decimals of kg/cm² (0.01 kg/cm² ≈ 0.1 N/cm²), finer than a handheld
 * algometer's own resolution, so a reading typed in any unit survives the trip back to that unit at
 * the precision it is shown in: 8.8 lbf is stored as 3.99 kg/cm² and shown again as 8.8 lbf.
 */
const STORED_DECIMALS = 2;

function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

export function algometerUnitSymbol(unit: AlgometerUnit): string {
  return UNIT_FACTS[unit].symbol;
}

export function algometerUnitLabel(unit: AlgometerUnit): string {
  return UNIT_FACTS[unit].label;
}

/** The step a field typed in this unit moves by. */
export function algometerStep(unit: AlgometerUnit): number {
  return UNIT_FACTS[unit].step;
}

/** A reading typed in `unit`, as stored: kg/cm² to two decimals. */
export function toStoredKgCm2(reading: number, unit: AlgometerUnit): number {
  return roundTo(reading / UNIT_FACTS[unit].perKgCm2, STORED_DECIMALS);
}

/** A stored kg/cm² reading in `unit`, to the decimals that unit is shown with. */
export function fromStoredKgCm2(kgCm2: number, unit: AlgometerUnit): number {
  return roundTo(kgCm2 * UNIT_FACTS[unit].perKgCm2, UNIT_FACTS[unit].shown);
}

/** A stored kg/cm² reading as the clinic reads it, with its unit: "8.82 lbf". */
export function describeAlgometer(kgCm2: number, unit: AlgometerUnit): string {
  return `${fromStoredKgCm2(kgCm2, unit)} ${UNIT_FACTS[unit].symbol}`;
}
