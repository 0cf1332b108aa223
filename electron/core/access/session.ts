/**
 * Who has unlocked FasciaMap on this computer right now. It lives only in the main process's memory:
 * a restart, a lock or an idle timeout forgets it, so the app always starts locked.
 *
 * Access is granted only together with its audit entry: an unlock made during a call's transaction
 * is a draft until `staged` sees that transaction commit. It is withdrawn at once: a lock is never
 * undone by a failed write.
 */
export interface AccessSession {
  profileId: () => string | null;
  /** The therapist an audit entry names: the one unlocked now, else the last one who was. */
  actor: () => string | null;
  unlockAs: (profileId: string, now: Date) => void;
  lock: () => void;
  /** Someone is at the keyboard: the idle time counts again from `now`. */
  noteActivity: (now: Date) => void;
  /**
   * Locks when nobody has been active for `idleMs`; returns whose session expired, if one did, and
   * the moment the idle time ran out (which may be before `now`, when no call came in meanwhile).
   */
  lockIfIdle: (now: Date, idleMs: number) => { profileId: string; lockedAt: Date } | null;
  /** Runs one call's transaction; an unlock made inside it is kept only if `work` returns. */
  staged: <T>(work: () => T) => T;
  /** Counts a wrong passphrase; after `MAX_FAILURES` in a row, unlocking pauses for `PAUSE_MS`. */
  recordFailure: (now: Date) => void;
  /** Milliseconds until unlocking may be tried again (0 when it may). */
  pausedFor: (now: Date) => number;
}

export const MAX_FAILURES = 5;
export const PAUSE_MS = 30_000;

interface Unlocked {
  profileId: string;
  /** When someone last used the app (unlocked it or reported input), in epoch milliseconds. */
  activeAt: number;
}

export function createAccessSession(): AccessSession {
  let committed: Unlocked | null = null;
  /** The state inside a call's transaction; `undefined` when no transaction is running. */
  let draft: Unlocked | null | undefined;
  let lastActor: string | null = null;
  let failures = 0;
  let pausedUntil = 0;

  const current = () => (draft === undefined ? committed : draft);
  const set = (next: Unlocked) => {
    if (draft === undefined) committed = next;
    else draft = next;
  };
  /** Ends the session in the draft and the committed state alike, so no rollback brings it back. */
  const withdraw = (unlocked: Unlocked | null) => {
    lastActor = unlocked?.profileId ?? lastActor;
    committed = null;
    if (draft !== undefined) draft = null;
  };

  return {
    profileId: () => current()?.profileId ?? null,
    actor: () => current()?.profileId ?? lastActor,
    unlockAs: (profileId, now) => {
      set({ profileId, activeAt: now.getTime() });
      failures = 0;
    },
    lock: () => withdraw(current()),
    noteActivity: (now) => {
      const unlocked = current();
      if (unlocked) set({ ...unlocked, activeAt: now.getTime() });
    },
    lockIfIdle: (now, idleMs) => {
      const unlocked = current();
      if (!unlocked || now.getTime() - unlocked.activeAt < idleMs) return null;
      withdraw(unlocked);
      return { profileId: unlocked.profileId, lockedAt: new Date(unlocked.activeAt + idleMs) };
    },
    staged: (work) => {
      if (draft !== undefined) return work();
      draft = committed;
      try {
        const result = work();
        committed = draft ?? null;
        return result;
      } finally {
        draft = undefined;
      }
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
