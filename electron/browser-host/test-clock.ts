/**
 * `--test-clock <instant>`: for tests only. The browser host's clock starts at that instant instead
 * of the machine's time and runs on from it at the machine's pace, so the end-to-end tests know
 * what "today" and "now" are for the clinic, and timestamps still move forward within a test.
 *
 * It is a command-line flag, not an environment variable, so that it cannot leak into the app from
 * a shell: nothing the therapist starts (`npm start`, the Electron app) passes it, and the Electron
 * main process never reads it. A host started with it says so on its error output.
 */

export const TEST_CLOCK_OPTIONS = { 'test-clock': { type: 'string' } } as const;

/** An instant with its offset from UTC stated, so it means the same moment in every time zone. */
const INSTANT = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The instant `--test-clock` names; throws a message for the command line when it names none. */
export function parseTestClockStart(value: string): Date {
  const date = INSTANT.exec(value)?.[1];
  const start = new Date(value);
  if (date === undefined || !isRealDate(date) || Number.isNaN(start.getTime())) {
    throw new Error(
      '--test-clock must be an instant with its offset from UTC, such as 2026-12-01T06:00:00+14:00 or ' +
        `2026-12-01T07:30:00Z, not "${value}"`,
    );
  }
  return start;
}

/** Date rolls 2026-02-30 over into March; a real calendar date survives the round trip unchanged. */
function isRealDate(date: string): boolean {
  const midnight = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(midnight.getTime()) && midnight.toISOString().slice(0, 10) === date;
}

/**
 * A clock that reads `start` now and moves on with the machine's monotonic time (`elapsedMs`), so
 * a change of the system clock during a test cannot make it jump.
 */
export function clockStartingAt(start: Date, elapsedMs: () => number = () => performance.now()): () => Date {
  const origin = elapsedMs();
  return () => new Date(start.getTime() + (elapsedMs() - origin));
}

/**
 * The host's clock as the command line sets it: the machine's own without the flag (`now` left
 * out), else the test clock, with the line the host prints to say so.
 */
export function hostClock(flag: string | undefined): { now?: () => Date; notice?: string } {
  if (flag === undefined) return {};
  const start = parseTestClockStart(flag);
  return {
    now: clockStartingAt(start),
    notice: `FasciaMap is on a test clock that started at ${start.toISOString()} (--test-clock): for tests only, never for a clinic's records`,
  };
}
