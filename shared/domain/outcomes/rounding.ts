/**
 * The one rounding rule for every score the app shows, prints, exports or bands: one decimal place
 * (47.5, 61.2, 12). A score is rounded to that precision first and banded after, so the band always
 * agrees with the figure beside it. A FIQR whose parts add up to exactly 24 can come out of binary
 * arithmetic as 23.999999999999996; rounded, it is 24 and so "mild", as the therapist reading "24"
 * expects.
 *
 * A value exactly half-way between two shown figures goes away from zero (61.25 shows as 61.3),
 * the rule a therapist checking by hand applies. The half is judged on the decimal value the
 * arithmetic meant, not on its nearest binary fraction: 1.005 * 10 is 10.049999… in binary, and
 * the twelve significant digits taken first give back the 10.05 the score is.
 *
 * A figure on a band edge is placed by the band rule (see `bands.ts`): each band starts at its
 * published lower limit, so a rounded 40.5 lies between the FIQR's "24–40" and "41–63" and is still
 * mild; it is moderate from 41.0 on.
 */
export const SCORE_DECIMALS = 1;

const SCALE = 10 ** SCORE_DECIMALS;

export function roundScore(value: number): number {
  const scaled = Number((Math.abs(value) * SCALE).toPrecision(12));
  const rounded = Math.round(scaled) / SCALE;
  // Math.round(-0.4) is -0: a score never shows as "-0".
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}
