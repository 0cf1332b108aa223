import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../shared/api/errors';
import { zoneOn } from '../../../shared/domain/plan/test-fixtures';
import { openTestClinic, TEST_CLINIC_NOW, type TestClinic } from '../../test-support/temp-db';

let clinic: TestClinic;
/** The clinic's clock: pinned, and moved on only where a test says so. */
let clock: Date;
let sessionId: string;
let therapistId: string;

/** Lucía unlocked; a client whose left shoulder takes moderate, and this morning's session. */
beforeEach(async () => {
  clock = new Date(TEST_CLINIC_NOW);
  clinic = openTestClinic(clock);
  const finish = await clinic.handlers['access.createProfile']({
    displayName: 'Lucía Gómez',
    passphrase: 'a long test passphrase',
  });
  therapistId = finish().id;
  const client = clinic.call('clients.create', {
    givenName: 'Ana',
    familyName: 'Ruiz',
    dateOfBirth: '1970-05-01',
    toleranceByRegion: [
      { region: 'shoulder_L', level: { scale: 'ordinal', value: 'moderate', measuredOn: '2026-02-01' } },
    ],
  });
  sessionId = clinic.call('sessions.create', {
    clientId: client.id,
    startsAt: '2026-03-02T08:00',
    plannedMinutes: 60,
  }).id;
});
afterEach(() => clinic.close());

const firmOn = (structureId: string) =>
  zoneOn(structureId, { pressure: { scale: 'ordinal', value: 'firm' } });
const flagsNow = () => clinic.call('plan.get', { sessionId }).flags;
const complete = () =>
  clinic.call('sessions.update', {
    id: sessionId,
    startsAt: '2026-03-02T08:00',
    plannedMinutes: 60,
    actualMinutes: 55,
    status: 'completed',
    subjective: 'Shoulder stiff',
  });

function refusal(run: () => unknown): ApiFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiFailure) return error;
    throw error;
  }
  throw new Error('expected the call to be refused');
}

/** What a refused call must have left alone: the session row and the acknowledgements. */
const snapshot = () => ({
  session: clinic.call('sessions.get', { id: sessionId }),
  acknowledgements: clinic.call('plan.get', { sessionId }).acknowledgements,
});

describe('flags that cannot be skipped', () => {
  it('refuses to complete a session while a flag is unacknowledged, and changes nothing', async () => {
    await clinic.call('zones.create', { sessionId, body: firmOn('trapezius_upper_L') });
    const [flag] = flagsNow();
    const before = snapshot();
    const refused = refusal(complete);
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toBe(`Acknowledge every flag before completing the session: ${flag!.reason}`);
    expect(refused.details).toEqual({ unacknowledged: [flag!.key] });
    expect(snapshot()).toEqual(before);

    clinic.call('plan.acknowledge', { sessionId, keys: [flag!.key] });
    expect(complete().status).toBe('completed');
  });

  it('refuses to sign while a flag raised after completion is unacknowledged, and acknowledging lets it sign', async () => {
    complete();
    await clinic.call('zones.create', { sessionId, body: firmOn('trapezius_upper_L') });
    const [flag] = flagsNow();
    const before = snapshot();
    const refused = refusal(() => clinic.call('sessions.sign', { id: sessionId }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toBe(`Acknowledge every flag before signing: ${flag!.reason}`);
    expect(refused.details).toEqual({ unacknowledged: [flag!.key] });
    expect(snapshot()).toEqual(before);

    const acknowledged = clinic.call('plan.acknowledge', { sessionId, keys: [flag!.key] });
    expect(acknowledged).toEqual([
      {
        ...flag,
        acknowledgedBy: { profileId: therapistId, name: 'Lucía Gómez' },
        acknowledgedAt: TEST_CLINIC_NOW.toISOString(),
      },
    ]);
    expect(clinic.call('sessions.sign', { id: sessionId }).status).toBe('signed');
  });

  it('refuses a key the plan no longer raises: the therapist was looking at another plan', async () => {
    await clinic.call('zones.create', { sessionId, body: firmOn('trapezius_upper_L') });
    const refused = refusal(() => clinic.call('plan.acknowledge', { sessionId, keys: ['gone|tolerance|x'] }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.details).toEqual({ stale: ['gone|tolerance|x'] });
    expect(clinic.call('plan.get', { sessionId }).acknowledgements).toEqual([]);
  });

  it('puts a planned session in progress when it starts', () => {
    const start = clinic.call('plan.start', { sessionId, acknowledgedKeys: [] });
    expect(start).toEqual({ startedAt: TEST_CLINIC_NOW.toISOString(), acknowledged: [] });
    expect(clinic.call('sessions.get', { id: sessionId }).status).toBe('in_progress');
  });

  it('keeps the first acknowledgement’s who and when across a re-start, adding only the new flags', async () => {
    await clinic.call('zones.create', { sessionId, body: firmOn('trapezius_upper_L') });
    const [first] = flagsNow();
    clinic.call('plan.start', { sessionId, acknowledgedKeys: [first!.key] });

    // Ten minutes later another therapist takes over, and the plan gains a second flagged zone.
    clock.setTime(TEST_CLINIC_NOW.getTime() + 10 * 60_000);
    const finish = await clinic.handlers['access.createProfile']({
      displayName: 'Marta Vidal',
      passphrase: 'another long passphrase',
    });
    const marta = finish().id;
    // adding a therapist does not hand the app over to them: Marta unlocks as herself
    (await clinic.handlers['access.unlock']({ profileId: marta, passphrase: 'another long passphrase' }))();
    await clinic.call('zones.create', { sessionId, body: firmOn('deltoid_middle_L') });
    const second = flagsNow().find((flag) => flag.key !== first!.key)!;
    const refused = refusal(() => clinic.call('plan.start', { sessionId, acknowledgedKeys: [] }));
    expect(refused.details).toEqual({ unacknowledged: [second.key] });

    const restart = clinic.call('plan.start', { sessionId, acknowledgedKeys: [first!.key, second.key] });
    expect(restart.acknowledged.map((ack) => [ack.key, ack.acknowledgedBy, ack.acknowledgedAt])).toEqual([
      [first!.key, { profileId: therapistId, name: 'Lucía Gómez' }, TEST_CLINIC_NOW.toISOString()],
      [second.key, { profileId: marta, name: 'Marta Vidal' }, clock.toISOString()],
    ]);
  });

  it('asks again for a flag whose reason changed under the same key', async () => {
    const zone = await clinic.call('zones.create', { sessionId, body: firmOn('trapezius_upper_L') });
    const [firm] = flagsNow();
    clinic.call('plan.acknowledge', { sessionId, keys: [firm!.key] });
    clinic.call('zones.update', {
      id: zone.id,
      body: zoneOn('trapezius_upper_L', { pressure: { scale: 'ordinal', value: 'deep' } }),
    });
    const [deep] = flagsNow();
    expect(deep!.key).toBe(firm!.key);
    expect(refusal(complete).details).toEqual({ unacknowledged: [deep!.key] });
  });
});
