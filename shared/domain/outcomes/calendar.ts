/**
 * Arithmetic on clinic calendar dates (YYYY-MM-DD). Done in UTC on purpose: a date has no time
 * zone, and local-time arithmetic would shift a day across a daylight-saving change.
 */
function toUtc(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

function fromUtc(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const moment = toUtc(date);
  moment.setUTCDate(moment.getUTCDate() + days);
  return fromUtc(moment);
}

/** Same day of the month, months later; a day the month lacks becomes its last (31 Jan + 1 = 28 Feb). */
export function addMonths(date: string, months: number): string {
  const moment = toUtc(date);
  const day = moment.getUTCDate();
  moment.setUTCDate(1);
  moment.setUTCMonth(moment.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth() + 1, 0)).getUTCDate();
  moment.setUTCDate(Math.min(day, lastDay));
  return fromUtc(moment);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}
