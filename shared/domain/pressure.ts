import { z } from 'zod';
import { describeAlgometer, toStoredKgCm2, type AlgometerUnit } from './algometer-units';
import { CalendarDate } from './dates';

/** The scales a practice measures tolerance on; the value is always stored with its scale. */
export const PRESSURE_SCALES = [
  { scale: 'comfort', label: 'Client comfort 1–10' },
  { scale: 'ordinal', label: 'Light / moderate / firm / deep' },
  { scale: 'algometer', label: 'Algometer, kg/cm²' },
] as const;

export const ORDINAL_PRESSURES = ['light', 'moderate', 'firm', 'deep'] as const;

/** What an algometer can read, kg/cm²: a tolerance, a planned pressure or a tender-point threshold. */
export const ALGOMETER_RANGE_KG_CM2 = { min: 0.1, max: 15, step: 0.1 } as const;

const comfortMessage = 'Comfort is a whole number from 1 to 10';
const algometerMessage = `Algometer pressure is between ${ALGOMETER_RANGE_KG_CM2.min} and ${ALGOMETER_RANGE_KG_CM2.max} kg/cm²`;

export const PressureLevel = z.discriminatedUnion(
  'scale',
  [
    z.strictObject({
      scale: z.literal('comfort'),
      value: z.int({ message: comfortMessage }).min(1, comfortMessage).max(10, comfortMessage),
      measuredOn: CalendarDate,
    }),
    z.strictObject({
      scale: z.literal('ordinal'),
      value: z.enum(ORDINAL_PRESSURES, { message: 'Choose light, moderate, firm or deep' }),
      measuredOn: CalendarDate,
    }),
    z.strictObject({
      scale: z.literal('algometer'),
      value: z
        .number({ message: algometerMessage })
        .min(ALGOMETER_RANGE_KG_CM2.min, algometerMessage)
        .max(ALGOMETER_RANGE_KG_CM2.max, algometerMessage),
      measuredOn: CalendarDate,
    }),
  ],
  { message: 'Choose the scale the tolerance was measured on' },
);
export type PressureLevel = z.infer<typeof PressureLevel>;
export type PressureScale = PressureLevel['scale'];

/** What an algometer can read, in `unit`; the check itself is made on the converted kg/cm². */
export function algometerRangeMessage(unit: AlgometerUnit): string {
  const { min, max } = ALGOMETER_RANGE_KG_CM2;
  return `Algometer pressure is between ${describeAlgometer(min, unit)} and ${describeAlgometer(max, unit)}`;
}

/** Whether a reading typed in `unit` lies in the algometer's range once converted and stored. */
export function inAlgometerRange(reading: number, unit: AlgometerUnit): boolean {
  const stored = toStoredKgCm2(reading, unit);
  return stored >= ALGOMETER_RANGE_KG_CM2.min && stored <= ALGOMETER_RANGE_KG_CM2.max;
}

/** How a level reads in the chart and on badges, with its unit (an algometer's in the clinic's). */
export function describePressure(level: PressureLevel, unit: AlgometerUnit = 'kgf'): string {
  switch (level.scale) {
    case 'comfort':
      return `${level.value}/10 comfort`;
    case 'ordinal':
      return level.value;
    case 'algometer':
      return describeAlgometer(level.value, unit);
  }
}

/** The same value on the same scale, whenever it was measured (a planned pressure has no date). */
export function sameReading(
  a: Pick<PressureLevel, 'scale' | 'value'> | null,
  b: Pick<PressureLevel, 'scale' | 'value'> | null,
): boolean {
  if (a === null || b === null) return a === b;
  return a.scale === b.scale && a.value === b.value;
}

/** The same measurement: the same reading, taken on the same day. */
export function samePressure(a: PressureLevel | null, b: PressureLevel | null): boolean {
  return sameReading(a, b) && a?.measuredOn === b?.measuredOn;
}
