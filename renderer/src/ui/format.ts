/** A local date-time (YYYY-MM-DDTHH:MM) as the clinic reads it, or a dash when there is none. */
export function formatDateTime(value: string | null): string {
  return value ? value.replace('T', ' ') : '—';
}

/** A stored UTC timestamp in the clinic's local time, to the minute. */
export function formatStamp(stamp: string): string {
  const moment = new Date(stamp);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())} ${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}
