import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tenderPointSites } from '../../../shared/anatomy';
import type { ModelPoint } from '../../../shared/domain/plan/region';
import { openTestClinic, TEST_CLINIC_NOW, type TestClinic } from '../../test-support/temp-db';
import { printoutsHandlers } from './printouts';
import type { PrintJob, PrinterPort } from './printer-port';

let clinic: TestClinic;
let sessionId: string;

const site = (id: string) => tenderPointSites().find((candidate) => candidate.id === id)!;
const anchorOn = (siteId: string, normal: ModelPoint) => ({
  structureId: site(siteId).structureId,
  layer: 'superficial_muscle' as const,
  u: 0.5,
  v: 0.5,
  point: [...site(siteId).point] as ModelPoint,
  normal,
  atlasVersion: 1,
});

/** A completed session a day ago: three zones (the first above the client's tolerance), findings, a start. */
beforeEach(async () => {
  clinic = openTestClinic(TEST_CLINIC_NOW);
  // Acknowledging a flag names the therapist who unlocked the app (the handler's finish unlocks).
  const finish = await clinic.handlers['access.createProfile']({
    displayName: 'Lucía Gómez',
    passphrase: 'a long test passphrase',
  });
  finish();
  clinic.call('settings.update', {
    clinicName: 'Clínica Sur',
    therapistName: 'Lucía Gómez',
    paperSize: 'letter',
    clinicPhone: '+34 912 345 678',
  });
  const client = clinic.call('clients.create', {
    givenName: 'Ana',
    familyName: 'Ruiz',
    dateOfBirth: '1970-05-01',
    toleranceDefault: { scale: 'ordinal', value: 'moderate', measuredOn: '2026-02-01' },
  });
  const session = clinic.call('sessions.create', {
    clientId: client.id,
    startsAt: '2026-03-01T10:00',
    plannedMinutes: 60,
  });
  clinic.call('sessions.create', { clientId: client.id, startsAt: '2026-03-08T10:00', plannedMinutes: 60 });
  sessionId = session.id;
  for (const [structureId, value] of [
    ['trapezius_upper_L', 'firm'],
    ['trapezius_upper_R', 'moderate'],
    ['infraspinatus_L', 'light'],
  ] as const) {
    clinic.call('zones.create', {
      sessionId,
      body: {
        target: { kind: 'structure', structureId },
        techniqueId: 'sustained-pressure',
        pressure: { scale: 'ordinal', value },
        holdMinutes: 4,
      },
    });
  }
  clinic.call('findings.create', {
    sessionId,
    body: { kind: 'trigger_point', anchor: anchorOn('tp_trapezius_L', [0, 0, -1]), state: 'active' },
  });
  clinic.call('findings.create', {
    sessionId,
    body: { kind: 'tender_point', siteId: 'tp_knee_R', painful: true },
  });
  const plan = clinic.call('plan.get', { sessionId });
  clinic.call('plan.start', { sessionId, acknowledgedKeys: plan.flags.map((flag) => flag.key) });
  clinic.call('runs.save', {
    zoneId: plan.zones[1]!.id,
    holdSeconds: 270,
    pressureUsed: { scale: 'ordinal', value: 'firm' },
    response: 'released',
  });
  clinic.call('sessions.update', {
    id: sessionId,
    startsAt: '2026-03-01T10:00',
    plannedMinutes: 60,
    actualMinutes: 55,
    status: 'completed',
    painBefore: 6,
    subjective: 'Neck ache',
  });
});
afterEach(() => clinic.close());

describe('printouts.get', () => {
  it('gathers the clinic, the client and the note', () => {
    const printout = clinic.call('printouts.get', { sessionId });
    expect(printout.clinic).toEqual({
      clinicName: 'Clínica Sur',
      therapistName: 'Lucía Gómez',
      clinicPhone: '+34 912 345 678',
      paperSize: 'letter',
    });
    expect(printout.client).toEqual({
      name: 'Ana Ruiz',
      dateOfBirth: '1970-05-01',
      // no height or weight at intake: the pain extent is for the reference adult
      bodyArea: { areaCm2: expect.closeTo(18_525, 0), source: 'reference' },
    });
    expect(printout.session).toMatchObject({ subjective: 'Neck ache', actualMinutes: 55, painBefore: 6 });
    expect(printout.nextAppointment).toBe('2026-03-08T10:00');
  });

  it('names the therapist who signed the note, once it is signed', async () => {
    const finish = await clinic.handlers['access.createProfile']({
      displayName: 'Marta Vidal',
      passphrase: 'a long test passphrase',
    });
    const marta = finish().id;
    // adding a therapist does not hand the app over to them: Marta unlocks as herself to sign
    (await clinic.handlers['access.unlock']({ profileId: marta, passphrase: 'a long test passphrase' }))();
    clinic.call('sessions.sign', { id: sessionId });
    expect(clinic.call('printouts.get', { sessionId }).clinic.therapistName).toBe('Marta Vidal');
  });

  it('prints algometer readings in the clinic’s unit, stored in kg/cm²', () => {
    clinic.call('settings.update', { clinicName: 'Clínica Sur', therapistName: '', algometerUnit: 'lbf' });
    const client = clinic.call('clients.create', {
      givenName: 'Rosa',
      familyName: 'Castro',
      dateOfBirth: '1971-04-23',
      toleranceDefault: { scale: 'algometer', value: 3.99, measuredOn: '2026-02-01' },
    });
    const session = clinic.call('sessions.create', {
      clientId: client.id,
      startsAt: '2026-03-01T12:00',
      plannedMinutes: 60,
    });
    clinic.call('zones.create', {
      sessionId: session.id,
      body: {
        target: { kind: 'structure', structureId: 'infraspinatus_L' },
        techniqueId: 'sustained-pressure',
        pressure: { scale: 'algometer', value: 3 },
        holdMinutes: 4,
      },
    });
    const [zone] = clinic.call('printouts.get', { sessionId: session.id }).zones;
    expect(zone).toMatchObject({ pressurePlanned: '6.61 lbf', tolerance: '8.8 lbf' });
  });

  it('lists the zones in order with what was planned and done against the tolerance', () => {
    const { zones } = clinic.call('printouts.get', { sessionId });
    expect(zones.map((zone) => [zone.order, zone.structure, zone.aboveTolerance])).toEqual([
      [1, "Upper trapezius (client's left)", true],
      [2, "Upper trapezius (client's right)", true],
      [3, "Infraspinatus (client's left)", false],
    ]);
    expect(zones[1]).toMatchObject({
      technique: 'Sustained pressure',
      pressurePlanned: 'moderate',
      pressureUsed: 'firm',
      tolerance: 'moderate',
      holdPlannedMinutes: 4,
      holdActualMinutes: 4.5,
      response: 'Release felt',
    });
    expect(zones[2]).toMatchObject({ pressureUsed: null, holdActualMinutes: null, response: '' });
  });

  it('names each acknowledged flag by its zone, with who acknowledged it and when', () => {
    const { flags } = clinic.call('printouts.get', { sessionId });
    expect(flags).toHaveLength(1);
    expect(flags[0]!.message).toMatch(/^Zone 1, Upper trapezius \(client's left\): firm is above/);
    expect(flags[0]!.acknowledged).toEqual({ by: 'Lucía Gómez', at: TEST_CLINIC_NOW.toISOString() });
  });

  it('lists a flag raised after the start as not reviewed, and says "no flags" only when there are none', () => {
    const plan = clinic.call('plan.get', { sessionId });
    clinic.call('zones.update', {
      id: plan.zones[2]!.id,
      body: { ...plan.zones[2]!.body, pressure: { scale: 'ordinal', value: 'deep' } },
    });
    const { flags } = clinic.call('printouts.get', { sessionId });
    expect(flags.map((flag) => [flag.message.slice(0, 6), flag.acknowledged?.by ?? 'not reviewed'])).toEqual([
      ['Zone 1', 'Lucía Gómez'],
      ['Zone 3', 'not reviewed'],
    ]);
    for (const zone of clinic.call('plan.get', { sessionId }).zones)
      clinic.call('zones.delete', { id: zone.id });
    expect(clinic.call('printouts.get', { sessionId }).flags).toEqual([]);
  });

  it('puts findings and zones on the snapshots, and counts the tender points', () => {
    const printout = clinic.call('printouts.get', { sessionId });
    expect(printout.triggerPoints).toEqual([
      { structure: "Upper trapezius (client's left)", detail: 'Active', note: '' },
    ]);
    expect(printout.tenderPoints).toBe('1/18 painful (17 not tested)');
    expect(printout.marks.map((mark) => [mark.kind, mark.label])).toEqual([
      ['trigger_point_active', ''],
      ['tender_point', ''],
      ['zone', '1'],
      ['zone', '2'],
      ['zone', '3'],
    ]);
  });

  it('prints with the count a tender-point result its own algometer reading contradicts', () => {
    clinic.call('findings.create', {
      sessionId,
      body: { kind: 'tender_point', siteId: 'tp_knee_L', painful: false, algometerKgCm2: 3.5 },
    });
    expect(clinic.call('printouts.get', { sessionId }).tenderPoints).toBe(
      '1/18 painful (16 not tested). Check 1 result against the algometer reading: ' +
        `${site('tp_knee_L').name} marked not painful, but pain began at 3.5 kg/cm² (below 4)`,
    );
  });

  it('prints an adhesion with its depth, severity and the way it is restricted, in words', () => {
    clinic.call('findings.create', {
      sessionId,
      body: {
        kind: 'adhesion',
        anchor: anchorOn('tp_trapezius_R', [0, 0, -1]),
        depth: 'deep_fascia',
        direction: [-1, 0, 0],
        severity: 'severe',
        note: 'Pulls toward the arm',
      },
    });
    expect(clinic.call('printouts.get', { sessionId }).adhesions).toEqual([
      {
        structure: "Upper trapezius (client's right)",
        detail: 'Deep fascia, severe, restricted laterally',
        note: 'Pulls toward the arm',
      },
    ]);
  });

  it('charts the pain before each session, oldest first', () => {
    const { trends } = clinic.call('printouts.get', { sessionId });
    expect(trends).toEqual([
      expect.objectContaining({
        label: 'Pain before each session (NRS)',
        points: [{ date: '2026-03-01', value: 6 }],
      }),
    ]);
  });

  it('refuses a session that does not exist', () => {
    expect(() => clinic.call('printouts.get', { sessionId: '00000000-0000-4000-8000-999999999999' })).toThrow(
      /No session/,
    );
  });
});

describe('printouts.get for the take-home sheet and the snapshots', () => {
  it('gives each adhesion’s mark its restriction, to draw as an arrow, and no other mark one', () => {
    clinic.call('findings.create', {
      sessionId,
      body: {
        kind: 'adhesion',
        anchor: anchorOn('tp_trapezius_R', [0, 0, -1]),
        depth: 'deep_fascia',
        direction: [-1, 0, 0],
        severity: 'severe',
      },
    });
    const { marks } = clinic.call('printouts.get', { sessionId });
    expect(marks.filter((mark) => mark.kind === 'adhesion').map((mark) => mark.direction)).toEqual([
      [-1, 0, 0],
    ]);
    expect(marks.filter((mark) => mark.kind !== 'adhesion').every((mark) => mark.direction === null)).toBe(
      true,
    );
  });

  it('carries the painted caution and no-touch zones for the snapshots, apart from the pain areas', () => {
    const scar = { strokes: [{ mode: 'paint' as const, radiusCm: 3, stamps: [[8, 95, 10] as ModelPoint] }] };
    clinic.call('findings.create', {
      sessionId,
      body: {
        kind: 'caution',
        region: scar,
        footprint: ['rectus_abdominis_L'],
        source: 'intake',
        reason: 'Appendectomy scar: no touch',
      },
    });
    const printout = clinic.call('printouts.get', { sessionId });
    expect(printout.cautionRegions).toEqual([scar]);
    expect(printout.painRegions).toEqual([]);
  });

  it('names each zone in the client’s words, whatever the clinic calls the technique', () => {
    clinic.call('techniques.update', {
      id: 'sustained-pressure',
      name: 'TP release',
      description: '',
      retired: false,
    });
    expect(clinic.call('printouts.get', { sessionId }).takeHomeZones).toEqual([
      { order: 1, place: 'your left shoulder', technique: 'pressing on a tight knot until it lets go' },
      { order: 2, place: 'your right shoulder', technique: 'pressing on a tight knot until it lets go' },
      { order: 3, place: 'your left shoulder', technique: 'pressing on a tight knot until it lets go' },
    ]);
  });
});

/** An async handler's answer: its slow part, then its finish (dispatch runs that in the transaction). */
const finished = async <T>(started: Promise<() => T>): Promise<T> => (await started)();

describe('printouts.exportPdf and exportToPrinter', () => {
  it('lets the page print itself where the host has no printer (the browser host)', async () => {
    const handlers = printoutsHandlers(clinic.ports);
    const request = { sessionId, sheet: 'summary' as const, includeScores: false };
    await expect(finished(handlers['printouts.exportPdf'](request))).resolves.toEqual({
      outcome: 'use-browser',
      path: null,
    });
    await expect(finished(handlers['printouts.exportToPrinter'](request))).resolves.toEqual({
      outcome: 'use-browser',
      path: null,
    });
  });

  it('hands the host’s printer the print route, the paper and the file name', async () => {
    const jobs: PrintJob[] = [];
    const printer: PrinterPort = {
      savePdf: (job) => {
        jobs.push(job);
        return Promise.resolve(jobs.length === 1 ? { path: '/home/ana/Ana-Ruiz.pdf' } : null);
      },
      print: (job) => {
        jobs.push(job);
        return Promise.resolve(true);
      },
    };
    const handlers = printoutsHandlers({ ...clinic.ports, printer });
    const request = { sessionId, sheet: 'take-home' as const, includeScores: true };
    await expect(finished(handlers['printouts.exportPdf'](request))).resolves.toEqual({
      outcome: 'saved',
      path: '/home/ana/Ana-Ruiz.pdf',
    });
    await expect(finished(handlers['printouts.exportPdf'](request))).resolves.toEqual({
      outcome: 'cancelled',
      path: null,
    });
    await expect(finished(handlers['printouts.exportToPrinter'](request))).resolves.toEqual({
      outcome: 'printed',
      path: null,
    });
    expect(jobs[0]).toEqual({
      route: `/print/session/${sessionId}?sheet=take-home&scores=1`,
      paperSize: 'letter',
      fileName: 'Ana-Ruiz-take-home-2026-03-01.pdf',
    });
  });
});
