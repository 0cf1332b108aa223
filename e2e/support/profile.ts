import type { RunningHost } from './host';

/** The therapist every e2e test works as, unless it asks to start locked. */
export const TEST_THERAPIST = { displayName: 'Test Therapist', passphrase: 'e2e passphrase, not secret' };

/** Calls the host's contract endpoint directly, with the launch token, as the page's bridge would. */
export async function hostCall(
  host: Pick<RunningHost, 'url'>,
  name: string,
  input: unknown,
): Promise<unknown> {
  const url = new URL(host.url);
  const response = await fetch(new URL('/api/call', url.origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${url.searchParams.get('token')}` },
    body: JSON.stringify({ name, input }),
  });
  return response.json();
}

/**
 * Creates the test therapist's profile on first start, or unlocks with it after a restart, so tests
 * written before the lock existed run unchanged against an unlocked app.
 */
export async function unlockAsTestTherapist(host: RunningHost): Promise<void> {
  const status = (await hostCall(host, 'access.status', {})) as {
    ok: boolean;
    value?: { state: string; profiles: { id: string }[]; recovery: unknown };
  };
  if (!status.ok || !status.value) throw new Error('The browser host did not report its lock state');
  // A damaged database opens on the recovery screen, which needs no unlocking.
  if (status.value.recovery) return;
  const result = (await (status.value.state === 'setup'
    ? hostCall(host, 'access.createProfile', TEST_THERAPIST)
    : hostCall(host, 'access.unlock', {
        profileId: status.value.profiles[0]!.id,
        passphrase: TEST_THERAPIST.passphrase,
      }))) as { ok: boolean };
  if (!result.ok) throw new Error('Could not unlock the browser host as the test therapist');
}
