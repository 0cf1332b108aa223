import type { RunningHost } from './host';
import { hostClient } from '../../electron/test-support/host-client';

/** The therapist every e2e test works as, unless it asks to start locked. */
export const TEST_THERAPIST = { displayName: 'Test Therapist', passphrase: 'e2e passphrase, not secret' };

/**
 * Creates the test therapist's profile on first start, or unlocks with it after a restart, so tests
 * written before the lock existed run unchanged against an unlocked app.
 */
export async function unlockAsTestTherapist(host: RunningHost): Promise<void> {
  const { result } = hostClient(host);
  const status = await result('access.status', {});
  if (!status.ok) throw new Error('The browser host did not report its lock state');
  // A damaged database opens on the recovery screen, which needs no unlocking.
  if (status.value.recovery) return;
  const unlocked =
    status.value.state === 'setup'
      ? await result('access.createProfile', TEST_THERAPIST)
      : await result('access.unlock', {
          profileId: status.value.profiles[0]!.id,
          passphrase: TEST_THERAPIST.passphrase,
        });
  if (!unlocked.ok) throw new Error('Could not unlock the browser host as the test therapist');
}
