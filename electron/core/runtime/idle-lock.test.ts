import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder, TEST_PASSPHRASE_COST } from '../../test-support/temp-db';
import { openClinicRuntime, type ClinicRuntime } from './clinic-runtime';

const PASS = 'a long clinic passphrase';
const MINUTE = 60_000;
const START = new Date('2026-03-02T09:30:00Z').getTime();

let folder: ReturnType<typeof tempFolder>;
let runtime: ClinicRuntime;
/** The runtime's clock, in milliseconds since START: only the test moves it. */
let elapsed = 0;
let therapist = '';
const call = (name: string, input: unknown = {}) => runtime.dispatch(name, input);
const at = (minutes: number) => {
  elapsed = minutes * MINUTE;
};
const clientsListed = async () => {
  const result = await call('clients.list');
  return result.ok ? 'answered' : result.error.code;
};

beforeEach(async () => {
  folder = tempFolder();
  elapsed = 0;
  runtime = openClinicRuntime({
    file: join(folder.path, 'clinic.sqlite'),
    appVersion: 'test',
    now: () => new Date(START + elapsed),
    passphraseCost: TEST_PASSPHRASE_COST,
  });
  const made = await call('access.createProfile', { displayName: 'Ana', passphrase: PASS });
  therapist = made.ok ? (made.value as { id: string }).id : '';
});
afterEach(() => {
  runtime.close();
  folder.remove();
});

describe('the idle lock, enforced by main', () => {
  it('refuses calls as locked once the idle time has passed with no activity', async () => {
    elapsed = 10 * MINUTE - 1;
    expect(await clientsListed()).toBe('answered');
    at(10);
    expect(await clientsListed()).toBe('LOCKED');
    expect(await call('access.status')).toMatchObject({ value: { state: 'locked', current: null } });
    expect(await call('access.activity')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('does not count a page that only polls as someone at the keyboard', async () => {
    for (let minute = 1; minute < 10; minute += 1) {
      at(minute);
      expect(await clientsListed()).toBe('answered');
      expect((await call('access.status')).ok).toBe(true);
    }
    at(10);
    expect(await clientsListed()).toBe('LOCKED');
  });

  it('stays unlocked while the window reports activity, and locks the idle time after the last report', async () => {
    for (let minute = 5; minute <= 60; minute += 5) {
      at(minute);
      expect(await call('access.activity')).toEqual({ ok: true, value: {} });
    }
    at(69);
    expect(await clientsListed()).toBe('answered');
    at(70);
    expect(await clientsListed()).toBe('LOCKED');
  });

  it('applies a shortened lock time at once, not after the next unlock', async () => {
    at(3);
    expect(await call('access.setIdleLock', { seconds: 120 })).toMatchObject({ ok: true });
    // The last activity (the unlock) was 3 minutes ago: already past the new 2 minutes.
    expect(await clientsListed()).toBe('LOCKED');

    expect((await call('access.unlock', { profileId: therapist, passphrase: PASS })).ok).toBe(true);
    at(4);
    expect(await clientsListed()).toBe('answered');
    at(5);
    expect(await clientsListed()).toBe('LOCKED');
  });

  it('records the automatic lock in the audit log, naming whose session it ended', async () => {
    at(12);
    expect(await clientsListed()).toBe('LOCKED');
    expect((await call('access.unlock', { profileId: therapist, passphrase: PASS })).ok).toBe(true);
    const log = await call('audit.list', { limit: 10 });
    const entries = log.ok
      ? (log.value as { call: string; action: string; profileId: string; at: string }[])
      : [];
    expect(
      entries.reverse().map(({ call: name, action, profileId, at: when }) => [name, action, profileId, when]),
    ).toEqual([
      ['access.createProfile', 'created', therapist, '2026-03-02T09:30:00.000Z'],
      ['main.idleLock', 'locked', therapist, '2026-03-02T09:42:00.000Z'],
      ['access.unlock', 'unlocked', therapist, '2026-03-02T09:42:00.000Z'],
    ]);
    expect(await call('audit.verify')).toMatchObject({ value: { intact: true } });
  });
});
