/**
 * Dates and amounts as a printed page writes them. Clinic dates carry no time zone, so they are
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

/** "Session 3 of 20", "Session 3" (open-ended course), or null outside a course. */
export function sessionOfCourse(number: number | null, total: number | null): string | null {
  if (number === null) return null;
  return total === null ? `Session ${number}` : `Session ${number} of ${total}`;
}

/** A pain extent as the summary prints it: whole square centimetres and the share of the body to 0.1%. */
export function printedExtent(extent: { areaCm2: number; percentOfBody: number }): string {
  return `${Math.round(extent.areaCm2)} cm² (${extent.percentOfBody.toFixed(1)}%)`;
}

/** A Jaccard overlap (0-1) as a whole percentage; "—" where there is nothing to compare with. */
export function printedOverlap(overlap: number | null): string {
  return overlap === null ? '—' : `${Math.round(overlap * 100)}%`;
}
