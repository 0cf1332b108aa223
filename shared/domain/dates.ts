import { z } from 'zod';

/**
 * Calendar arithmetic on the clinic's dates (YYYY-MM-DD) and local date-times (YYYY-MM-DDTHH:MM).
 * Done in UTC on purpose: these values carry no time zone, so no daylight-saving shift may touch them.
 */

/** A calendar date as the clinic writes it (no time zone): YYYY-MM-DD. */
export const CalendarDate = z.iso.date({ message: 'Enter a date as YYYY-MM-DD' });

/** A local date and time as the clinic writes an appointment: YYYY-MM-DDTHH:MM, no time zone. */
export const LocalDateTime = z
  .string({ message: 'Enter a date and time' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { message: 'Enter a date and time as YYYY-MM-DD HH:MM' })
  .refine((value) => exists(value), { message: 'That date and time does not exist' });

/** Date rolls 30 February over into March; a real date-time survives the round trip unchanged. */
function exists(value: string): boolean {
  const moment = new Date(`${value}:00Z`);
  return !Number.isNaN(moment.getTime()) && moment.toISOString().slice(0, 16) === value;
}

/** A time of day, HH:MM. */
export const TimeOfDay = z
  .string({ message: 'Enter a time' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Enter a time as HH:MM' });

function parts(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

function format(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = parts(date);
  return format(new Date(Date.UTC(year, month - 1, day + days)));
}

/** Adds calendar months, keeping the day where it exists and clamping to the month's end otherwise. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = parts(date);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return format(new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))));
}

/** The calendar date of a local date-time. */
export function dateOf(localDateTime: string): string {
  return localDateTime.slice(0, 10);
}

/** Whole years between a date of birth and a day, both YYYY-MM-DD. */
export function ageOn(dateOfBirth: string, day: string): number {
  const [bornYear, bornMonth, bornDay] = parts(dateOfBirth);
  const [year, month, date] = parts(day);
  const hadBirthday = month > bornMonth || (month === bornMonth && date >= bornDay);
  return year - bornYear - (hadBirthday ? 0 : 1);
}

/**
 * The clinic's local date-time of a moment (YYYY-MM-DDTHH:MM), from an injected clock or a stored
 * UTC stamp: the one place a moment is read on the computer's own wall clock.
 */
export function localDateTimeOf(moment: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}` +
    `T${pad(moment.getHours())}:${pad(moment.getMinutes())}`
  );
}

/** Today's calendar date in the clinic's local time, from an injected clock. */
export function calendarDateOf(moment: Date): string {
  return dateOf(localDateTimeOf(moment));
}

/** The moment a calendar day begins on the computer's own wall clock, for filtering UTC stamps by day. */
export function startOfLocalDay(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day);
}
