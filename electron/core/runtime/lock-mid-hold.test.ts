import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDLE_LOCK_LIMITS } from '../../../shared/api/access';
import type { CallName } from '../../../shared/api/names';
import { zoneOn } from '../../../shared/domain/plan/test-fixtures';
import type { SessionPlan } from '../../../shared/domain/plan/records';
import { openTestRuntime, tempFolder, TEST_CLINIC_NOW } from '../../test-support/temp-db';
import type { ClinicRuntime } from './clinic-runtime';

const PASS = 'a long clinic passphrase';
const SECOND = 1000;
const IDLE_MS = IDLE_LOCK_LIMITS.default * SECOND;

let folder: ReturnType<typeof tempFolder>;
let runtime: ClinicRuntime;
/** The runtime's clock, in milliseconds after 09:30 at the clinic: only the test moves it. */
let elapsed = 0;
let therapist = '';
let sessionId = '';
let zoneId = '';

/** A call as the window makes it, through main's lock; answers its value or the refusal's code. */
async function call<T = unknown>(name: CallName, input: unknown = {}): Promise<T> {
  const result = await runtime.dispatch(name, input);
  if (!result.ok) throw new Error(result.error.code);
  return result.value as T;
}
const plan = () => call<SessionPlan>('plan.get', { sessionId });
const flagged = (structureId: string) =>
  zoneOn(structureId, { pressure: { scale: 'ordinal', value: 'firm' } });

/** Ana unlocked at 09:30; this morning's session planned on her left shoulder, above its tolerance, and started. */
beforeEach(async () => {
  folder = tempFolder();
  elapsed = 0;
  runtime = openTestRuntime(
    join(folder.path, 'clinic.sqlite'),
    () => new Date(TEST_CLINIC_NOW.getTime() + elapsed),
  );
  therapist = (await call<{ id: string }>('access.createProfile', { displayName: 'Ana', passphrase: PASS }))
    .id;
  const client = await call<{ id: string }>('clients.create', {
    givenName: 'Maya',
    familyName: 'Lind',
    dateOfBirth: '1975-05-02',
    toleranceByRegion: [
      { region: 'shoulder_L', level: { scale: 'ordinal', value: 'moderate', measuredOn: '2026-01-10' } },
    ],
  });
  sessionId = (
    await call<{ id: string }>('sessions.create', {
      clientId: client.id,
      startsAt: '2026-03-02T08:00',
      plannedMinutes: 60,
    })
  ).id;
  zoneId = (await call<{ id: string }>('zones.create', { sessionId, body: flagged('trapezius_upper_L') })).id;
  const { flags } = await plan();
  await call('plan.start', { sessionId, acknowledgedKeys: flags.map((flag) => flag.key) });
  await call('runs.show', { sessionId, zoneId });
});
afterEach(() => {
  runtime.close();
  folder.remove();
});

describe('a lock mid-hold', () => {
  it('keeps the hold main’s idle lock cut short, as interrupted, with the time held until the lock', async () => {
    elapsed = 15 * SECOND;
    await call('runs.hold', { sessionId, running: true });
    // Hands on the client: nobody touches the keyboard, and the page asks nothing until well after.
    elapsed = IDLE_MS + 20 * 60 * SECOND;
    await expect(plan()).rejects.toThrow('LOCKED');

    await call('access.unlock', { profileId: therapist, passphrase: PASS });
    const after = await plan();
    expect(after.runs).toEqual([
      expect.objectContaining({ zoneId, holdSeconds: IDLE_MS / SECOND - 15, interrupted: true }),
    ]);
    // The run screen comes back at the same zone, with no hold running.
    expect(after.runPosition).toEqual({ zoneId, heldSeconds: 0, running: false });
  });

  it('keeps a hold the window’s lock ended, paused spells and all', async () => {
    await call('runs.hold', { sessionId, running: true });
    elapsed = 60 * SECOND;
    await call('runs.hold', { sessionId, running: false });
    elapsed = 90 * SECOND;
    await call('runs.hold', { sessionId, running: true });
    elapsed = 4 * 60 * SECOND + 35 * SECOND;
    await call('access.lock');
    await call('access.unlock', { profileId: therapist, passphrase: PASS });
    // 60 s before the pause, then 3 min 05 s until the lock.
    expect((await plan()).runs).toEqual([expect.objectContaining({ holdSeconds: 245, interrupted: true })]);
  });

  it('resumes without asking again for flags already acknowledged; only a new one must be', async () => {
    await call('runs.hold', { sessionId, running: true });
    elapsed = 2 * 60 * SECOND;
    await call('access.lock');
    await call('access.unlock', { profileId: therapist, passphrase: PASS });
    expect(await call('plan.start', { sessionId, acknowledgedKeys: [] })).toMatchObject({
      acknowledged: [expect.objectContaining({ acknowledgedBy: { profileId: therapist, name: 'Ana' } })],
    });

    await call('zones.create', { sessionId, body: flagged('deltoid_middle_L') });
    const fresh = (await plan()).flags.filter((flag) => flag.zoneId !== zoneId);
    expect(fresh).toHaveLength(1);
    const refused = await runtime.dispatch('plan.start', { sessionId, acknowledgedKeys: [] });
    expect(refused).toMatchObject({ ok: false, error: { details: { unacknowledged: [fresh[0]!.key] } } });
  });

  it('logs a hold stopped by hand as not interrupted, timed on main’s clock', async () => {
    await call('runs.hold', { sessionId, running: true });
    elapsed = 95 * SECOND;
    expect(await call('runs.logHold', { sessionId })).toEqual({ zoneId, heldSeconds: 0, running: false });
    expect((await plan()).runs).toEqual([expect.objectContaining({ holdSeconds: 95, interrupted: false })]);
  });
});
