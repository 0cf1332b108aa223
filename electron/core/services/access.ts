import type { Handlers } from '../../../shared/api/handlers';
import { ApiFailure } from '../../../shared/api/errors';
import { hashPassphrase, verifyPassphrase } from '../access/passphrase';
import {
  deactivateProfile,
  findProfileHash,
  hasProfiles,
  idleLockSeconds,
  insertProfile,
  listActiveProfiles,
  setIdleLockSeconds,
  setProfileHash,
} from '../db/repositories/profiles';
import { currentTherapist } from './current-therapist';
import type { ServicePorts } from './ports';
import { interruptHolds } from './run-holds';

type AccessHandlers = Pick<
  Handlers,
  | 'access.status'
  | 'access.createProfile'
  | 'access.unlock'
  | 'access.changePassphrase'
  | 'access.deactivateProfile'
  | 'access.lock'
  | 'access.activity'
  | 'access.setIdleLock'
>;

export function accessHandlers({ db, now, newId, session, passphraseCost, recovery }: ServicePorts) {
  const current = () => currentTherapist({ db, session });
  /** Only the first profile may be made without unlocking (setup); later ones need a therapist already in. */
  const mayAddProfileAs = (): 'setup' | 'unlocked' => {
    if (!hasProfiles(db)) return 'setup';
    if (session.profileId() !== null) return 'unlocked';
    throw new ApiFailure('LOCKED', 'Unlock FasciaMap to add another therapist');
  };

  /**
   * Guessing a passphrase is slowed by scrypt's cost, and stopped for a while after a run of wrong
   * tries, whether at the lock screen or in "change passphrase" at an unlocked desk.
   */
  const assertNotPaused = () => {
    const paused = session.pausedFor(now());
    if (paused > 0) {
      throw new ApiFailure(
        'FORBIDDEN',
        `Too many wrong passphrases: try again in ${Math.ceil(paused / 1000)} seconds.`,
      );
    }
  };

  return {
    'access.status': () => {
      const damaged = recovery();
      try {
        const profiles = listActiveProfiles(db);
        const me = current();
        return {
          state: !hasProfiles(db) ? 'setup' : me ? 'unlocked' : 'locked',
          profiles,
          current: me,
          idleLockSeconds: idleLockSeconds(db),
          recovery: damaged,
        };
      } catch (error) {
        // A damaged file may not even yield its profiles; the recovery screen needs no more than this.
        if (!damaged) throw error;
        return { state: 'locked', profiles: [], current: null, idleLockSeconds: 600, recovery: damaged };
      }
    },
    'access.createProfile': async ({ displayName, passphrase }) => {
      const allowedAs = mayAddProfileAs();
      const hash = await hashPassphrase(passphrase, passphraseCost);
      return () => {
        // Checked again after the slow hash, in the write itself: of two first-run setups hashing at
        // once, the first to finish unlocks the app, and the second must not pass as "unlocked" then.
        if (mayAddProfileAs() !== allowedAs) {
          throw new ApiFailure(
            'LOCKED',
            'Another therapist profile was just created: unlock with it to add another therapist',
          );
        }
        const profile = { id: newId(), displayName };
        insertProfile(db, { ...profile, hash, createdAt: now().toISOString() });
        // The first profile unlocks the app as its therapist; one added later leaves the therapist
        // who added it at the keyboard, and its owner unlocks with it from the lock screen.
        if (allowedAs === 'setup') session.unlockAs(profile.id, now());
        return profile;
      };
    },
    'access.unlock': async ({ profileId, passphrase }) => {
      assertNotPaused();
      const profile = findProfileHash(db, profileId);
      if (!profile) throw new ApiFailure('NOT_FOUND', 'No therapist profile with that id');
      if (profile.deactivatedAt !== null) {
        throw new ApiFailure('FORBIDDEN', 'This therapist profile was deactivated and cannot unlock.');
      }
      if (!(await verifyPassphrase(passphrase, profile.hash))) {
        session.recordFailure(now());
        throw new ApiFailure('FORBIDDEN', 'That passphrase is not right.');
      }
      return () => {
        session.unlockAs(profileId, now());
        return { id: profileId, displayName: profile.displayName };
      };
    },
    'access.changePassphrase': async ({ currentPassphrase, newPassphrase }) => {
      const me = current();
      const stored = me && findProfileHash(db, me.id);
      if (!me || !stored) throw new ApiFailure('LOCKED', 'Unlock FasciaMap to change your passphrase');
      assertNotPaused();
      if (!(await verifyPassphrase(currentPassphrase, stored.hash))) {
        session.recordFailure(now());
        throw new ApiFailure('FORBIDDEN', 'Your current passphrase is not right.', {
          issues: [{ path: 'currentPassphrase', message: 'This is not your current passphrase' }],
        });
      }
      const hash = await hashPassphrase(newPassphrase, passphraseCost);
      return () => {
        setProfileHash(db, me.id, hash);
        return me;
      };
    },
    'access.deactivateProfile': ({ profileId }) => {
      const profile = findProfileHash(db, profileId);
      if (!profile || profile.deactivatedAt !== null) {
        throw new ApiFailure('NOT_FOUND', 'No active therapist profile with that id');
      }
      // The file must never be left with nobody able to unlock it.
      if (listActiveProfiles(db).length <= 1) {
        throw new ApiFailure('CONFLICT', 'The last active therapist profile cannot be deactivated');
      }
      if (profileId === session.profileId()) {
        throw new ApiFailure('CONFLICT', 'You cannot deactivate your own profile: ask another therapist to');
      }
      deactivateProfile(db, profileId, now().toISOString());
      return { id: profileId, displayName: profile.displayName };
    },
    'access.lock': () => {
      // The screen is going: a hold on the run screen is logged as the lock cut it, not lost.
      interruptHolds(db, now());
      session.lock();
      return {};
    },
    'access.activity': () => {
      session.noteActivity(now());
      return {};
    },
    'access.setIdleLock': ({ seconds }) => {
      setIdleLockSeconds(db, seconds);
      return { seconds };
    },
  } satisfies AccessHandlers;
}
