import { localDateTimeOf } from '../../../shared/domain/dates';

/**
 * How the app shows dates, times and numbers on screen. The clinic's own dates and times carry no
 * time zone and are shown as typed; a stored UTC stamp is shown on the computer's wall clock.
 */

/** A local date-time (YYYY-MM-DDTHH:MM) as the clinic reads it, or a dash when there is none. */
export function formatDateTime(value: string | null): string {
  return value ? value.replace('T', ' ') : '—';
}

/** A stored UTC timestamp in the clinic's local time, to the minute. */
export function formatStamp(stamp: string): string {
  return formatDateTime(localDateTimeOf(new Date(stamp)));
}
