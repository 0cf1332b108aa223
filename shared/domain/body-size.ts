import { z } from 'zod';

/**
 * The client's body size, recorded at intake: what turns the share of the body a pain map covers
 * into square centimetres of the client's own skin, and what the body model will be fitted to.
 */
export const SEXES = [
  { id: 'female', label: 'Female' },
  { id: 'male', label: 'Male' },
] as const;
export type Sex = (typeof SEXES)[number]['id'];
const SEX_IDS = SEXES.map((sex) => sex.id) as [Sex, ...Sex[]];

/** Adult ranges wide enough for any client, narrow enough to catch a slip (cm typed as m, lb as kg). */
export const HEIGHT_CM = { min: 120, max: 230 } as const;
export const WEIGHT_KG = { min: 30, max: 300 } as const;

export const HeightCm = z
  .number({ message: 'Enter the height in centimetres' })
  .min(HEIGHT_CM.min, `Height is between ${HEIGHT_CM.min} and ${HEIGHT_CM.max} cm`)
  .max(HEIGHT_CM.max, `Height is between ${HEIGHT_CM.min} and ${HEIGHT_CM.max} cm`);
export const WeightKg = z
  .number({ message: 'Enter the weight in kilograms' })
  .min(WEIGHT_KG.min, `Weight is between ${WEIGHT_KG.min} and ${WEIGHT_KG.max} kg`)
  .max(WEIGHT_KG.max, `Weight is between ${WEIGHT_KG.min} and ${WEIGHT_KG.max} kg`);
export const SexField = z.enum(SEX_IDS, { message: 'Choose female or male' });

/** Mosteller's body surface area, m²: √(height cm × weight kg / 3600) (Mosteller 1987, NEJM 317:1098). */
export function mostellerM2(heightCm: number, weightKg: number): number {
  return Math.sqrt((heightCm * weightKg) / 3600);
}

/**
 * The adult the atlas is drawn at, used until a client's height and weight are recorded: its
 * stature, and the weight its volume implies (`npm run model:measure`).
 */
export const REFERENCE_ADULT = { heightCm: 174, weightKg: 71 } as const;

export const BodyArea = z.strictObject({
  areaCm2: z.number(),
  /** Whose size it is: the client's recorded height and weight, or the reference adult's. */
  source: z.enum(['client', 'reference']),
});
export type BodyArea = z.infer<typeof BodyArea>;

export function bodyAreaOf(size: { heightCm: number | null; weightKg: number | null }): BodyArea {
  const own = size.heightCm !== null && size.weightKg !== null;
  const { heightCm, weightKg } = own ? (size as { heightCm: number; weightKg: number }) : REFERENCE_ADULT;
  return { areaCm2: mostellerM2(heightCm, weightKg) * 1e4, source: own ? 'client' : 'reference' };
}

/** Whose size the square centimetres are for, as the plan and the printout say it. */
export function describeBodyArea(area: BodyArea): string {
  return area.source === 'client'
    ? 'for the client’s height and weight'
    : `for a reference adult of ${REFERENCE_ADULT.heightCm} cm and ${REFERENCE_ADULT.weightKg} kg, until the intake records the client’s`;
}

/** "165 cm, 58.5 kg, female: 1.64 m² of skin", as the intake summary shows it. */
export function describeBodySize(size: {
  heightCm: number | null;
  weightKg: number | null;
  sex: Sex | null;
}): string {
  const parts = [
    size.heightCm === null ? null : `${size.heightCm} cm`,
    size.weightKg === null ? null : `${size.weightKg} kg`,
    size.sex === null ? null : SEXES.find((sex) => sex.id === size.sex)!.label.toLowerCase(),
  ].filter((part) => part !== null);
  if (parts.length === 0) return 'Not recorded';
  const area = bodyAreaOf(size);
  return area.source === 'client'
    ? `${parts.join(', ')}: ${(area.areaCm2 / 1e4).toFixed(2)} m² of skin`
    : parts.join(', ');
}
