/**
 * Who has unlocked FasciaMap on this computer right now. It lives only in the main process's memory:
 * a restart, a lock or an idle timeout forgets it, so the app always starts locked.
 */
export interface AccessSession {
  profileId: () => string | null;
  unlockAs: (profileId: string) => void;
  lock: () => void;
}

export function createAccessSession(): AccessSession {
  let current: string | null = null;
  return {
    profileId: () => current,
    unlockAs: (profileId) => {
      current = profileId;
    },
    lock: () => {
      current = null;
    },
  };
}
