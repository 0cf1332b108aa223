import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CALL_NAMES } from '../../../shared/api/names';
import { policyOf } from '../../../shared/api/contract';
import { join } from 'node:path';
import {
  openTestClinic,
  tempFolder,
  TEST_PASSPHRASE_COST,
  type TestClinic,
} from '../../test-support/temp-db';
import { openClinicRuntime } from './clinic-runtime';

let clinic: TestClinic;
const call = (name: string, input: unknown = {}) => clinic.runtime.dispatch(name, input);
const PASS = 'a long clinic passphrase';

beforeEach(() => {
  clinic = openTestClinic();
});
afterEach(() => clinic.close());

describe('the lock, enforced in dispatch', () => {
  it('starts in setup, and the first profile unlocks the app as its therapist', async () => {
    expect(await call('access.status')).toMatchObject({ ok: true, value: { state: 'setup', current: null } });
    const made = await call('access.createProfile', { displayName: 'Ana Ruiz', passphrase: PASS });
    expect(made).toMatchObject({ ok: true, value: { displayName: 'Ana Ruiz' } });
    expect(await call('access.status')).toMatchObject({
      value: { state: 'unlocked', current: { displayName: 'Ana Ruiz' } },
    });
    const stored = clinic.db.prepare('SELECT passphrase_hash FROM profiles').pluck().get() as string;
    expect(stored.startsWith('scrypt$')).toBe(true);
    expect(stored).not.toContain(PASS);
  });

  it('refuses every call but status, unlock and first-run setup while locked, including ones added later', async () => {
    const refused: string[] = [];
    for (const name of CALL_NAMES) {
      const result = await call(name, {});
      if (!result.ok && result.error.code === 'LOCKED') refused.push(name);
    }
    expect(refused.sort()).toEqual(CALL_NAMES.filter((name) => !policyOf(name).whileLocked).sort());
  });

  it('unlocks only with the right passphrase, and locks again on request', async () => {
    const made = await call('access.createProfile', { displayName: 'Ana', passphrase: PASS });
    const profileId = made.ok ? (made.value as { id: string }).id : '';
    await call('access.lock');
    expect((await call('clients.list')).ok).toBe(false);
    const wrong = await call('access.unlock', { profileId, passphrase: 'not the passphrase' });
    expect(!wrong.ok && wrong.error.code).toBe('FORBIDDEN');
    expect(await call('clients.list')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect((await call('access.unlock', { profileId, passphrase: PASS })).ok).toBe(true);
    expect((await call('clients.list')).ok).toBe(true);
  });

  it('pauses unlocking for 30 seconds after 5 wrong passphrases in a row', async () => {
    let moment = new Date('2026-03-02T09:30:00Z');
    const folder = tempFolder();
    const timed = openClinicRuntime({
      file: join(folder.path, 'clinic.sqlite'),
      appVersion: 'test',
      now: () => moment,
      passphraseCost: TEST_PASSPHRASE_COST,
    });
    const made = await timed.dispatch('access.createProfile', { displayName: 'Ana', passphrase: PASS });
    const profileId = made.ok ? (made.value as { id: string }).id : '';
    await timed.dispatch('access.lock', {});
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await timed.dispatch('access.unlock', { profileId, passphrase: `guess ${attempt}` });
    }
    const paused = await timed.dispatch('access.unlock', { profileId, passphrase: PASS });
    expect(paused).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('30 seconds') },
    });
    moment = new Date(moment.getTime() + 30_000);
    expect((await timed.dispatch('access.unlock', { profileId, passphrase: PASS })).ok).toBe(true);
    timed.close();
    folder.remove();
  });

  it('lets only an unlocked therapist add another profile', async () => {
    await call('access.createProfile', { displayName: 'Ana', passphrase: PASS });
    await call('access.lock');
    const intruder = await call('access.createProfile', {
      displayName: 'Eve',
      passphrase: 'let me in please',
    });
    expect(!intruder.ok && intruder.error.code).toBe('LOCKED');
    expect(clinic.db.prepare('SELECT count(*) FROM profiles').pluck().get()).toBe(1);
  });

  it('lets exactly one of two first-run setups made at the same time create a profile', async () => {
    // Both pass the first check before either hash is done; which hash finishes first is up to scrypt.
    const results = await Promise.all([
      call('access.createProfile', { displayName: 'Ana', passphrase: PASS }),
      call('access.createProfile', { displayName: 'Eve', passphrase: 'let me in as well please' }),
    ]);
    const made = results.flatMap((result) => (result.ok ? [result.value as { displayName: string }] : []));
    expect(made).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ error: { code: 'LOCKED' } });
    expect(clinic.db.prepare('SELECT display_name FROM profiles').pluck().all()).toEqual([
      made[0]?.displayName,
    ]);
    expect(await call('access.status')).toMatchObject({
      value: { current: { displayName: made[0]?.displayName } },
    });
  });

  it('keeps the idle-lock time, 10 minutes unless changed', async () => {
    await call('access.createProfile', { displayName: 'Ana', passphrase: PASS });
    expect(await call('access.status')).toMatchObject({ value: { idleLockSeconds: 600 } });
    await call('access.setIdleLock', { seconds: 120 });
    expect(await call('access.status')).toMatchObject({ value: { idleLockSeconds: 120 } });
  });
});
