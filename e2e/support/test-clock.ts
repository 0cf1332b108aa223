import { addDays } from '../../shared/domain/dates';

/**
 * The one place the end-to-end tests take "now" from. Each test's clinic starts at the same pinned
 * instant in a named time zone: the host runs on it (`--test-clock`, and TZ), the page's clock
 * agrees (`page.clock`, `timezoneId`), and the seeds build their dates from it in that zone, never
 * from the test process's own clock or zone. A run before 09:30 or close to midnight then sees the
 * same clinic as any other.
 */

/** 10:00 on Tuesday 1 December 2026, UTC: the instant the tests start at unless told otherwise. */
export const PINNED_INSTANT = '2026-12-01T10:00:00Z';

/**
 * The instant every test of this run starts at: `FASCIAMAP_TEST_NOW` (an instant with its offset,
 * such as 2026-12-01T06:00:00+14:00) to try the whole suite at another hour, else the pinned one.
 */
export function runInstant(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env.FASCIAMAP_TEST_NOW?.trim();
  if (!chosen) return PINNED_INSTANT;
  // With its offset, or the test process's own zone would decide which moment it is.
  if (!/(?:Z|[+-]\d{2}:\d{2})$/.test(chosen) || Number.isNaN(new Date(chosen).getTime())) {
    throw new Error(
      `FASCIAMAP_TEST_NOW must be an instant with its offset, such as 2026-12-01T06:00:00+14:00, not "${chosen}"`,
    );
  }
  return chosen;
}

/** The zone a test's clinic is in when its project names none: the machine's own (TZ when set). */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export interface TestClock {
  /** The instant this test's clinic started at. */
  readonly start: Date;
  /** The clinic's IANA time zone: the host's and the browser's. */
  readonly timeZone: string;
  /** Where the clinic's clock is now: the start, plus the time the test has run. */
  now: () => Date;
  /** The clinic's calendar date (YYYY-MM-DD) `days` after the start's (before, when negative). */
  day: (days?: number) => string;
  /** The clinic's local date and time (YYYY-MM-DDTHH:MM) `hours` after the start. */
  localDateTime: (hours?: number) => string;
}

export function testClock(instant: string, timeZone: string): TestClock {
  const start = new Date(instant);
  const startedAt = performance.now();
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const local = (moment: Date) => {
    const part = Object.fromEntries(parts.formatToParts(moment).map(({ type, value }) => [type, value]));
    return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
  };
  return {
    start,
    timeZone,
    now: () => new Date(start.getTime() + (performance.now() - startedAt)),
    day: (days = 0) => addDays(local(start).slice(0, 10), days),
    localDateTime: (hours = 0) => local(new Date(start.getTime() + hours * 3_600_000)),
  };
}
