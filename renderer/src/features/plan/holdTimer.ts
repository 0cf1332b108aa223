/**
 * The hold timer as plain state: started, paused and resumed at given moments (ms), so the run
 * screen can show it without React state per tick and tests can drive it with any clock.
 */
export interface HoldTimer {
  /** Time held before the current run (sum of earlier runs), ms. */
  heldMs: number;
  /** When the current run began; null while paused or stopped. */
  runningSince: number | null;
}

export const STOPPED: HoldTimer = { heldMs: 0, runningSince: null };

export function start(timer: HoldTimer, now: number): HoldTimer {
  return timer.runningSince === null ? { ...timer, runningSince: now } : timer;
}

export function pause(timer: HoldTimer, now: number): HoldTimer {
  return timer.runningSince === null
    ? timer
    : { heldMs: timer.heldMs + (now - timer.runningSince), runningSince: null };
}

export function toggle(timer: HoldTimer, now: number): HoldTimer {
  return timer.runningSince === null ? start(timer, now) : pause(timer, now);
}

export function elapsedMs(timer: HoldTimer, now: number): number {
  return timer.heldMs + (timer.runningSince === null ? 0 : now - timer.runningSince);
}

/** "03:05": minutes and seconds, as large on the run screen as a wall clock. */
export function clockText(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}
