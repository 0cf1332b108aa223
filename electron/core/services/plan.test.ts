import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type CallInput, type CallOutput } from '../../../shared/api/contract';
import type { CallName } from '../../../shared/api/names';
import { ApiFailure } from '../../../shared/api/errors';
import { spot, trapeziusAnchor, zoneOn } from '../../../shared/domain/plan/test-fixtures';
import { openTestClinic, type TestClinic } from '../../test-support/temp-db';

let clinic: TestClinic;
beforeEach(() => {
  clinic = openTestClinic();
});
afterEach(() => clinic.close());

const moderate = { scale: 'ordinal', value: 'moderate', measuredOn: '2026-02-01' } as const;

function newClient(overrides: Partial<CallInput<'clients.create'>> = {}) {
  return send('clients.create', {
    givenName: 'Ada',
    familyName: 'Moss',
    dateOfBirth: '1971-04-02',
    phone: '',
    email: '',
    conditions: [],
    medications: [],
    goals: '',
    consentDate: null,
    contraindications: [],
    otherContraindications: [],
    toleranceDefault: null,
    toleranceByRegion: [{ region: 'shoulder_L', level: moderate }],
    areasToAvoid: [],
    pressurePreferences: '',
    ...overrides,
  });
}

function newSession(clientId: string, startsAt: string) {
  return send('sessions.create', { clientId, courseId: null, startsAt, plannedMinutes: 60 });
}

async function failure(run: () => unknown): Promise<ApiFailure> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ApiFailure) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

/** Calls a handler the way dispatch does: the input parsed first, so defaults are filled in. */
async function send<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const handler = clinic.handlers[name] as (parsed: unknown) => CallOutput<N> | Promise<CallOutput<N>>;
  return handler(contract[name].input.parse(input));
}
const h = () =>
  new Proxy({} as { [N in CallName]: (input: CallInput<N>) => Promise<CallOutput<N>> }, {
    get: (_target, name) => (input: never) => send(name as CallName, input),
  });
const triggerPoint = () => ({
  kind: 'trigger_point' as const,
  anchor: { ...trapeziusAnchor(), muscleBeneathId: null },
  state: 'active' as const,
  referral: spot([6, 160, -8]),
  note: '',
});

describe('findings', () => {
  it('saves a finding as it is made, updates, deletes and restores it', async () => {
    const client = await newClient();
    const session = await newSession(client.id, '2026-03-02T10:00');
    const made = await h()['findings.create']({ sessionId: session.id, body: triggerPoint() });
    expect(made.body).toMatchObject({ kind: 'trigger_point', state: 'active' });
    const latent = await h()['findings.update']({
      id: made.id,
      body: { ...triggerPoint(), state: 'latent' },
    });
    expect(latent.body).toMatchObject({ state: 'latent' });
    await h()['findings.delete']({ id: made.id });
    expect((await h()['plan.get']({ sessionId: session.id })).findings).toEqual([]);
    await h()['findings.restore']({ id: made.id });
    const [back] = (await h()['plan.get']({ sessionId: session.id })).findings;
    expect(back).toMatchObject({ id: made.id, body: { state: 'latent' } });
    expect(back!.body.kind === 'trigger_point' && back!.body.anchor.point).toEqual([9.5, 145.6, -6.4]);
  });

  it('locks a signed session’s findings and plan like its note', async () => {
    const client = await newClient();
    const session = await newSession(client.id, '2026-03-01T10:00');
    const made = await h()['findings.create']({ sessionId: session.id, body: triggerPoint() });
    clinic.db.prepare("UPDATE sessions SET status = 'signed' WHERE id = ?").run(session.id);
    expect((await failure(() => h()['findings.delete']({ id: made.id }))).code).toBe('CONFLICT');
    expect(
      (await failure(() => h()['zones.create']({ sessionId: session.id, body: zoneOn('deltoid_middle_L') })))
        .code,
    ).toBe('CONFLICT');
    expect((await h()['plan.get']({ sessionId: session.id })).session.locked).toBe(true);
  });

  it('answers NOT_FOUND for a finding or session that does not exist', async () => {
    const missing = '00000000-0000-4000-8000-999999999999';
    expect((await failure(() => h()['findings.update']({ id: missing, body: triggerPoint() }))).code).toBe(
      'NOT_FOUND',
    );
    expect((await failure(() => h()['plan.get']({ sessionId: missing }))).code).toBe('NOT_FOUND');
  });
});

describe('zones and the plan', () => {
  it('adds zones at the end, reorders, updates, deletes and restores them', async () => {
    const client = await newClient();
    const session = await newSession(client.id, '2026-03-02T10:00');
    const a = await h()['zones.create']({ sessionId: session.id, body: zoneOn('deltoid_middle_L') });
    const b = await h()['zones.create']({ sessionId: session.id, body: zoneOn('gluteus_medius_L') });
    expect([a.position, b.position]).toEqual([0, 1]);
    const reordered = await h()['zones.reorder']({ sessionId: session.id, zoneIds: [b.id, a.id] });
    expect(reordered.map((zone) => zone.id)).toEqual([b.id, a.id]);
    expect((await failure(() => h()['zones.reorder']({ sessionId: session.id, zoneIds: [a.id] }))).code).toBe(
      'CONFLICT',
    );
    const longer = await h()['zones.update']({
      id: a.id,
      body: zoneOn('deltoid_middle_L', { holdMinutes: 8 }),
    });
    expect(longer.body.holdMinutes).toBe(8);
    await h()['zones.delete']({ id: b.id });
    expect((await h()['plan.get']({ sessionId: session.id })).zones.map((zone) => zone.id)).toEqual([a.id]);
    await h()['zones.restore']({ id: b.id });
    expect((await h()['plan.get']({ sessionId: session.id })).zones).toHaveLength(2);
  });

  it('refuses a technique the catalogue does not have', async () => {
    const client = await newClient();
    const session = await newSession(client.id, '2026-03-02T10:00');
    const body = zoneOn('deltoid_middle_L', { techniqueId: 'moonlight' });
    expect((await failure(() => h()['zones.create']({ sessionId: session.id, body: body }))).code).toBe(
      'VALIDATION',
    );
  });

  it('flags a zone above tolerance and will not start until the flag is acknowledged', async () => {
    // The start records who acknowledged the flag: the therapist who unlocked the app.
    const finish = await clinic.handlers['access.createProfile']({
      displayName: 'Lucía Gómez',
      passphrase: 'a long test passphrase',
    });
    const therapist = finish();
    const client = await newClient();
    const session = await newSession(client.id, '2026-03-02T08:00');
    const zone = await h()['zones.create']({
      sessionId: session.id,
      body: zoneOn('trapezius_upper_L', { pressure: { scale: 'ordinal', value: 'firm' } }),
    });
    const { flags } = await h()['plan.get']({ sessionId: session.id });
    expect(flags).toEqual([expect.objectContaining({ zoneId: zone.id, kind: 'tolerance' })]);
    const refused = await failure(() => h()['plan.start']({ sessionId: session.id, acknowledgedKeys: [] }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.details).toEqual({ unacknowledged: [flags[0]!.key] });
    const start = await h()['plan.start']({ sessionId: session.id, acknowledgedKeys: [flags[0]!.key] });
    expect(start.acknowledged).toEqual([
      {
        ...flags[0],
        acknowledgedBy: { profileId: therapist.id, name: 'Lucía Gómez' },
        acknowledgedAt: start.startedAt,
      },
    ]);
    const plan = await h()['plan.get']({ sessionId: session.id });
    expect(plan.start).toEqual({ startedAt: start.startedAt });
    expect(plan.acknowledgements).toEqual(start.acknowledged);
  });

  it('flags a zone on a structure lying over the anterior neck, and none on the back of the neck', async () => {
    const client = await newClient();
    const session = await newSession(client.id, '2026-03-02T08:00');
    const front = clinic.call('zones.create', { sessionId: session.id, body: zoneOn('cervical_fascia_L') });
    clinic.call('zones.create', { sessionId: session.id, body: zoneOn('semispinalis_capitis_L') });
    const { flags } = clinic.call('plan.get', { sessionId: session.id });
    expect(flags.filter((flag) => flag.kind === 'endangerment')).toEqual([
      expect.objectContaining({ zoneId: front.id, key: `${front.id}|endangerment|es_anterior_neck_L` }),
    ]);
  });

  it('logs what was done at a zone: hold, pressure used, response', async () => {
    const client = await newClient();
    const session = await newSession(client.id, '2026-03-02T10:00');
    const zone = await h()['zones.create']({
      sessionId: session.id,
      body: zoneOn('deltoid_middle_L'),
    });
    await h()['runs.save']({ zoneId: zone.id, holdSeconds: 95 });
    await h()['runs.save']({ zoneId: zone.id, pressureUsed: { scale: 'ordinal', value: 'light' } });
    const run = await h()['runs.save']({ zoneId: zone.id, response: 'released' });
    expect((await h()['plan.get']({ sessionId: session.id })).runs).toEqual([run]);
    // Each tap saved its own field and kept the others.
    expect(run).toMatchObject({
      interrupted: false,
      holdSeconds: 95,
      pressureUsed: { scale: 'ordinal', value: 'light' },
      response: 'released',
    });
    const cleared = await h()['runs.save']({ zoneId: zone.id, holdSeconds: null });
    expect(cleared).toMatchObject({ holdSeconds: null, response: 'released' });
  });
});

describe('carry-forward', () => {
  it('copies the last session’s findings and zones once, leaving the tender-point exam behind', async () => {
    const client = await newClient();
    const last = await newSession(client.id, '2026-02-23T10:00');
    const today = await newSession(client.id, '2026-03-02T10:00');
    const tp = await h()['findings.create']({ sessionId: last.id, body: triggerPoint() });
    await h()['findings.create']({
      sessionId: last.id,
      body: { kind: 'tender_point', siteId: 'tp_knee_L', painful: true },
    });
    const zone = await h()['zones.create']({ sessionId: last.id, body: zoneOn('deltoid_middle_L') });

    const before = await h()['plan.get']({ sessionId: today.id });
    expect(before.previousSessionId).toBe(last.id);
    const carried = await h()['plan.carryForward']({ sessionId: today.id });
    expect(carried.findings.map((finding) => finding.carriedFromId)).toEqual([tp.id]);
    expect(carried.zones.map((item) => item.carriedFromId)).toEqual([zone.id]);
    expect((await failure(() => h()['plan.carryForward']({ sessionId: today.id }))).code).toBe('CONFLICT');
    expect((await failure(() => h()['plan.carryForward']({ sessionId: last.id }))).code).toBe('CONFLICT');
  });
});

describe('flags from the intake’s places', () => {
  const scar = {
    kind: 'caution' as const,
    region: spot([-8, 112, 11], 2),
    footprint: ['external_oblique_R', 'superficial_fascia_M'],
    source: 'intake' as const,
    reason: 'Cholecystectomy scar',
  };

  it('raises one recent-surgery flag on the zone over the scar, and none once a no-touch zone covers it', async () => {
    const client = await newClient({
      toleranceByRegion: [],
      contraindications: [{ code: 'recent-surgery', note: 'RUQ scar', regions: ['abdomen'] }],
    });
    const session = await newSession(client.id, '2026-03-02T10:00');
    const belly = await h()['zones.create']({ sessionId: session.id, body: zoneOn('rectus_abdominis_R') });
    await h()['zones.create']({ sessionId: session.id, body: zoneOn('gluteus_maximus_L') });
    await h()['zones.create']({ sessionId: session.id, body: zoneOn('quadratus_lumborum_R') });
    const { flags } = await h()['plan.get']({ sessionId: session.id });
    expect(flags.map((flag) => flag.key)).toEqual([`${belly.id}|contraindication|recent-surgery`]);

    await h()['findings.create']({ sessionId: session.id, body: scar });
    expect((await h()['plan.get']({ sessionId: session.id })).flags).toEqual([]);
  });

  it('holds a low-back zone to the low back’s tolerance, not the light default', async () => {
    const client = await newClient({
      toleranceDefault: { scale: 'ordinal', value: 'light', measuredOn: '2026-02-01' },
      toleranceByRegion: [{ region: 'lower_back', level: moderate }],
    });
    const session = await newSession(client.id, '2026-03-02T10:00');
    const footprint = ['quadratus_lumborum_L', 'thoracolumbar_fascia_L', 'superficial_fascia_M'];
    await h()['zones.create']({
      sessionId: session.id,
      body: zoneOn('x', { target: { kind: 'region', region: spot([4, 100, -11]), footprint } }),
    });
    expect((await h()['plan.get']({ sessionId: session.id })).flags).toEqual([]);
  });

  it('flags an area to avoid on the zones over it only', async () => {
    const client = await newClient({ areasToAvoid: [{ regions: ['leg_L', 'leg_R'], note: 'Shins' }] });
    const session = await newSession(client.id, '2026-03-02T10:00');
    const shin = await h()['zones.create']({ sessionId: session.id, body: zoneOn('tibialis_anterior_R') });
    await h()['zones.create']({ sessionId: session.id, body: zoneOn('deltoid_middle_L') });
    expect((await h()['plan.get']({ sessionId: session.id })).flags).toEqual([
      {
        key: `${shin.id}|avoid|0`,
        zoneId: shin.id,
        kind: 'caution',
        reason:
          "Over an area the client asked to avoid: Lower leg (client's left), Lower leg (client's right) (Shins)",
      },
    ]);
  });
});

describe('a flare reported since the last session', () => {
  it('carries the zones in its region one pressure step lighter and flags them, naming the report', async () => {
    const client = await newClient({ toleranceByRegion: [] });
    const last = await newSession(client.id, '2026-02-23T10:00');
    const today = await newSession(client.id, '2026-03-02T10:00');
    const firm = { scale: 'ordinal', value: 'firm' } as const;
    const gluteal = await h()['zones.create']({
      sessionId: last.id,
      body: zoneOn('gluteus_maximus_L', { pressure: firm }),
    });
    const shoulder = await h()['zones.create']({
      sessionId: last.id,
      body: zoneOn('deltoid_middle_L', { pressure: { scale: 'comfort', value: 6 } }),
    });
    // The client tells this session's note how the last one left them.
    await h()['sessions.update']({
      id: today.id,
      startsAt: '2026-03-02T10:00',
      plannedMinutes: 60,
      status: 'planned',
      soreness: 'moderate',
      flare: true,
      sorenessRegions: ['pelvis_L'],
    });

    const carried = await h()['plan.carryForward']({ sessionId: today.id });
    const byOrigin = new Map(carried.zones.map((zone) => [zone.carriedFromId, zone]));
    expect(byOrigin.get(gluteal.id)!.body.pressure).toEqual({ scale: 'ordinal', value: 'moderate' });
    expect(byOrigin.get(shoulder.id)!.body.pressure).toEqual({ scale: 'comfort', value: 6 });
    expect(carried.flags).toEqual([
      {
        key: `${byOrigin.get(gluteal.id)!.id}|flare|2026-03-02`,
        zoneId: byOrigin.get(gluteal.id)!.id,
        kind: 'flare',
        reason:
          "Moderate soreness with a flare reported on 2026-03-02 in the Hip and buttock (client's left) after the last session: pressure lowered from firm to moderate",
      },
    ]);
  });

  it('lowers nothing for mild soreness, or for a report that names no region', async () => {
    const client = await newClient({ toleranceByRegion: [] });
    const last = await newSession(client.id, '2026-02-23T10:00');
    const today = await newSession(client.id, '2026-03-02T10:00');
    await h()['zones.create']({
      sessionId: last.id,
      body: zoneOn('gluteus_maximus_L', { pressure: { scale: 'ordinal', value: 'firm' } }),
    });
    await h()['sessions.update']({
      id: today.id,
      startsAt: '2026-03-02T10:00',
      plannedMinutes: 60,
      status: 'planned',
      soreness: 'mild',
      sorenessRegions: ['pelvis_L'],
    });
    const carried = await h()['plan.carryForward']({ sessionId: today.id });
    expect(carried.zones[0]!.body.pressure).toEqual({ scale: 'ordinal', value: 'firm' });
    expect(carried.flags).toEqual([]);
  });
});

describe('technique catalogue', () => {
  it('starts seeded, takes the clinic’s own, and retires rather than removes', async () => {
    const seeded = await h()['techniques.list']({});
    expect(seeded.map((technique) => technique.name)).toContain('Cross-hand release');
    const own = await h()['techniques.create']({ name: 'Scar release', description: '' });
    const retired = await h()['techniques.update']({ ...own, retired: true });
    expect(retired.retired).toBe(true);
    expect((await h()['techniques.list']({})).find((technique) => technique.id === own.id)?.retired).toBe(
      true,
    );
  });
});
