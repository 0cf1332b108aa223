import { z } from 'zod';

/** Record ids are UUIDs so exported records keep their identity when imported elsewhere. */
export const RecordId = z.uuid({ message: 'Must be a record id' });
export type RecordId = z.infer<typeof RecordId>;

/** A calendar date as the clinic writes it (no time zone): YYYY-MM-DD. */
export const CalendarDate = z.iso.date({ message: 'Enter a date as YYYY-MM-DD' });

/** A moment in time, stored as an ISO 8601 UTC timestamp. */
export const Timestamp = z.iso.datetime({ message: 'Must be an ISO 8601 timestamp' });

/** Short free text typed by a person: trimmed, and bounded so a stray paste cannot bloat the file. */
export function shortText(label: string, max = 200) {
  return z
    .string({ message: `${label} must be text` })
    .trim()
    .max(max, { message: `${label} must be at most ${max} characters` });
}

export function requiredText(label: string, max = 200) {
  return shortText(label, max).min(1, { message: `${label} is required` });
}

/** Long free text such as notes; generous but still bounded. */
export function longText(label: string, max = 20_000) {
  return shortText(label, max);
}

/** Today's calendar date in the clinic's local time, from an injected clock. */
export function calendarDateOf(moment: Date): string {
  const year = moment.getFullYear();
  const month = String(moment.getMonth() + 1).padStart(2, '0');
  const day = String(moment.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
