import { z } from 'zod';

/** Record ids are UUIDs so exported records keep their identity when imported elsewhere. */
export const RecordId = z.uuid({ message: 'Must be a record id' });
export type RecordId = z.infer<typeof RecordId>;

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
