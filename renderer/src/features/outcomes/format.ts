import { roundScore } from '../../../../shared/domain/outcomes/rounding';

/** A score as the clinic reads it: the app's one rounding rule, no trailing zero (47.5, 48.4, 12). */
export function formatScore(value: number): string {
  return String(roundScore(value));
}

/** A signed change, so "-4" and "+1.5" read as a direction. */
export function formatChange(value: number): string {
  const text = formatScore(Math.abs(value));
  if (text === '0') return '0';
  return value > 0 ? `+${text}` : `−${text}`;
}
