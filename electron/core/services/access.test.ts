import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestClinic, type TestClinic } from '../../test-support/temp-db';
import { MAX_FAILURES } from '../access/session';

let clinic: TestClinic;
const call = (name: string, input: unknown = {}) => clinic.runtime.dispatch(name, input);
const ANA_PASS = 'a long clinic passphrase';
const LUIS_PASS = 'another long passphrase';

async function idOf(result: ReturnType<typeof call>): Promise<string> {
  const answer = await result;
  if (!answer.ok) throw new Error(answer.error.message);
  return (answer.value as { id: string }).id;
}

let ana = '';
let luis = '';
/** Ana sets the clinic up and adds Luis; she stays the one at the keyboard. */
beforeEach(async () => {
  clinic = openTestClinic();
  ana = await idOf(call('access.createProfile', { displayName: 'Ana Ruiz', passphrase: ANA_PASS }));
  luis = await idOf(call('access.createProfile', { displayName: 'Luis Pardo', passphrase: LUIS_PASS }));
});
afterEach(() => clinic.close());

describe('therapists managed', () => {
  it('adds a therapist without handing them the keyboard, and lists both on the lock screen', async () => {
    expect(await call('access.status')).toMatchObject({
      value: {
        current: { id: ana },
        profiles: [
          { id: ana, displayName: 'Ana Ruiz' },
          { id: luis, displayName: 'Luis Pardo' },
        ],
      },
    });
    await call('access.lock');
    expect((await call('access.unlock', { profileId: luis, passphrase: LUIS_PASS })).ok).toBe(true);
    expect(await call('access.status')).toMatchObject({ value: { current: { id: luis } } });
  });

  it('changes one’s own passphrase only with the old one', async () => {
    const wrong = await call('access.changePassphrase', {
      currentPassphrase: 'not my passphrase',
      newPassphrase: 'a brand new passphrase',
    });
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', details: { issues: [{ path: 'currentPassphrase' }] } },
    });
    const short = await call('access.changePassphrase', {
      currentPassphrase: ANA_PASS,
      newPassphrase: 'short',
    });
    expect(short).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const changed = await call('access.changePassphrase', {
      currentPassphrase: ANA_PASS,
      newPassphrase: 'a brand new passphrase',
    });
    expect(changed).toMatchObject({ ok: true, value: { id: ana } });
    await call('access.lock');
    expect(await call('access.unlock', { profileId: ana, passphrase: ANA_PASS })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await call('access.unlock', { profileId: ana, passphrase: 'a brand new passphrase' })).ok).toBe(
      true,
    );
  });

  it('pauses "change passphrase" after a run of wrong current passphrases, as at the lock screen', async () => {
    const attempt = (currentPassphrase: string) =>
      call('access.changePassphrase', { currentPassphrase, newPassphrase: 'a brand new passphrase' });
    for (let i = 0; i < MAX_FAILURES; i++) await attempt(`wrong guess number ${i}`);
    expect(await attempt(ANA_PASS)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringMatching(/^Too many wrong passphrases/) },
    });
  });

  it('deactivates another therapist: no longer offered, refused at unlock, named in past entries', async () => {
    await call('access.lock');
    await call('access.unlock', { profileId: luis, passphrase: LUIS_PASS });
    await call('clients.create', { givenName: 'Maribel', familyName: 'Castro', dateOfBirth: '1971-04-23' });
    await call('access.lock');
    await call('access.unlock', { profileId: ana, passphrase: ANA_PASS });

    expect(await call('access.deactivateProfile', { profileId: luis })).toMatchObject({
      ok: true,
      value: { id: luis, displayName: 'Luis Pardo' },
    });
    expect(await call('access.status')).toMatchObject({ value: { profiles: [{ id: ana }] } });
    await call('access.lock');
    expect(await call('access.unlock', { profileId: luis, passphrase: LUIS_PASS })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('deactivated') },
    });
    await call('access.unlock', { profileId: ana, passphrase: ANA_PASS });
    const log = await call('audit.search', { profileId: luis, action: 'created' });
    expect(log).toMatchObject({
      ok: true,
      value: { lines: [{ therapist: { displayName: 'Luis Pardo' }, clients: ['Maribel Castro'] }] },
    });
  });

  it('refuses to deactivate the last active profile, or one’s own', async () => {
    expect(await call('access.deactivateProfile', { profileId: ana })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('your own profile') },
    });
    await call('access.deactivateProfile', { profileId: luis });
    expect(await call('access.deactivateProfile', { profileId: ana })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'The last active therapist profile cannot be deactivated' },
    });
    expect(await call('access.status')).toMatchObject({
      value: { profiles: [{ id: ana }], current: { id: ana } },
    });
  });
});
