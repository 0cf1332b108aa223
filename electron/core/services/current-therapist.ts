import { findProfileHash } from '../db/repositories/profiles';
import type { ServicePorts } from './ports';

/**
 * The therapist who unlocked FasciaMap, or null while it is locked. Signatures and addenda carry
 * this name: the lock screen is what makes it the person at the keyboard.
 */
export function currentTherapist({ db, session }: Pick<ServicePorts, 'db' | 'session'>): {
  id: string;
  displayName: string;
} | null {
  const id = session.profileId();
  const profile = id ? findProfileHash(db, id) : undefined;
  return id && profile ? { id, displayName: profile.displayName } : null;
}
