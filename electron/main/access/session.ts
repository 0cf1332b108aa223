/**
 * Who has unlocked FasciaMap on this computer right now. It lives only in the main process's memory:
 * a restart, a lock or an idle timeout forgets it, so the app always starts locked.
 */
export interface AccessSession {
  profileId: () => string | null;
  unlockAs: (profileId: string) => void;
  lock: () => void;
  /** Counts a wrong passphrase; after `MAX_FAILURES` in a row, unlocking pauses for `PAUSE_MS`. */
  recordFailure: (now: Date) => void;
  /** Milliseconds until unlocking may be tried again (0 when it may). */
  pausedFor: (now: Date) => number;
}

export const MAX_FAILURES = 5;
export const PAUSE_MS = 30_000;

export function createAccessSession(): AccessSession {
  let current: string | null = null;
  let failures = 0;
  let pausedUntil = 0;
  return {
    profileId: () => current,
    unlockAs: (profileId) => {
      current = profileId;
      failures = 0;
    },
    lock: () => {
      current = null;
    },
    recordFailure: (now) => {
      failures += 1;
      if (failures >= MAX_FAILURES) {
        failures = 0;
        pausedUntil = now.getTime() + PAUSE_MS;
      }
    },
    pausedFor: (now) => Math.max(0, pausedUntil - now.getTime()),
  };
}
