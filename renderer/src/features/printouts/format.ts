import { formatScore } from '../outcomes/format';

/**
 * Dates and amounts as a printed page writes them, the one place every number on a printout is
 * formatted: each to the precision its screen shows. Clinic dates carry no time zone, so they are
 * formatted as UTC to stay exactly the day and time that were typed.
 */
const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
const MOMENT = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });

/** 2026-03-02 -> "2 March 2026". */
export function printedDate(date: string): string {
  return DAY.format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}

/** 2026-03-02T09:30 -> "2 March 2026, 09:30". */
export function printedDateTime(localDateTime: string): string {
  const moment = new Date(`${localDateTime}:00Z`);
  return `${DAY.format(moment)}, ${TIME.format(moment)}`;
}

/** A stored UTC timestamp in the clinic computer's own time. */
export function printedMoment(timestamp: string): string {
  return MOMENT.format(new Date(timestamp));
}

/** 4 -> "4 min", 2.5 -> "2.5 min", null -> "—". */
export function printedMinutes(minutes: number | null): string {
  if (minutes === null) return '—';
  return `${Number.isInteger(minutes) ? minutes : minutes.toFixed(1)} min`;
}

/** A score as the outcomes screen shows it, by the app's one rounding rule: 61.16666666666667 -> "61.2". */
export const printedScore = formatScore;

/** A pain score on the 0–10 scale, or a dash when it was not asked. */
export function printedPain(value: number | null): string {
  return value === null ? '—' : printedScore(value);
}

/** Square centimetres to the whole one, as the plan's pain-map panel shows them: "1235 cm²". */
export function printedArea(cm2: number): string {
  return `${Math.round(cm2)} cm²`;
}

/** A share of the body surface to one decimal: "2.3%". */
export function printedPercent(percent: number): string {
  return `${percent.toFixed(1)}%`;
}

/** A Jaccard overlap, 0 to 1, to two decimals as the plan's pain-map panel shows it: "0.46"; "—" where there is nothing to compare with. */
export function printedOverlap(index: number | null): string {
  return index === null ? '—' : index.toFixed(2);
}

/** "Session 3 of 20", "Session 3" (open-ended course), or null outside a course. */
export function sessionOfCourse(number: number | null, total: number | null): string | null {
  if (number === null) return null;
  return total === null ? `Session ${number}` : `Session ${number} of ${total}`;
}

/** A pain extent: whole square centimetres and the share of the body to 0.1%, "261 cm² (1.4%)". */
export function printedExtent(extent: { areaCm2: number; percentOfBody: number }): string {
  return `${printedArea(extent.areaCm2)} (${printedPercent(extent.percentOfBody)})`;
}
