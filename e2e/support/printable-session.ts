import { ATLAS_VERSION, structureById, structureLabel, tenderPointSites } from '../../shared/anatomy';
import { addDays } from '../../shared/domain/dates';
import { CLIENT_RESPONSES } from '../../shared/domain/plan/run';
import type { ModelPoint } from '../../shared/domain/plan/region';
import type { RunningHost } from './host';
import { hostClient } from '../../electron/test-support/host-client';
import type { TestClock } from './test-clock';

/** Seven muscles worked on both sides: fourteen zones, in this order. */
const ZONE_MUSCLES = [
  'trapezius_upper',
  'levator_scapulae',
  'infraspinatus',
  'rhomboid_major',
  'quadratus_lumborum',
  'gluteus_medius',
  'extensor_digitorum',
] as const;

/** The responses the run offers, by id and in the words the summary prints them in. */
const RESPONSES = CLIENT_RESPONSES.slice(0, 3);

/** The techniques the zones take in turn. */
export const TECHNIQUES = [
  'cross-hand-release',
  'sustained-pressure',
  'skin-rolling',
  'transverse-plane-release',
];

/** Long enough to run onto a further page, with paragraph breaks as a therapist types them. */
const OBJECTIVE = [
  'Posture: forward head, right shoulder elevated by about 1 cm, increased thoracic kyphosis.',
  ...Array.from(
    { length: 14 },
    (_, i) =>
      `Palpation ${i + 1}: tissue texture dense and warm over the upper trapezius and levator scapulae on both ` +
      'sides, more on the right; guarding eased after the second minute of each hold; skin rolling over the ' +
      'thoracolumbar fascia restricted caudally, freeing after three passes.',
  ),
  'End of objective note.',
].join('\n\n');

export interface PrintableSession {
  clientName: string;
  sessionId: string;
  /** The zones table's first column, in session order. */
  zoneNames: string[];
  notes: {
    subjective: string;
    objective: string;
    assessment: string;
    plan: string;
    response: string;
    homeCare: string;
  };
  /** The responses recorded for the zones, in session order, in the words the summary prints. */
  zoneResponses: string[];
  painArea: { intensity: number; quality: string; note: string };
  /** The no-touch zone painted over the scar, and the scar as the intake names it. */
  caution: { reason: string; intakeNote: string };
  sorenessReport: string;
  addendum: string;
  nextAppointment: string;
}

/**
 * A signed session worth printing, set up through the real contract: a client in a 20-session
 * course with a scar from surgery at intake, session 5 of 20 with 14 zones on both sides (some
 * above the client's tolerance, the flags acknowledged), trigger points (one with its referral),
 * adhesions, tender points, a pain area on both sides (last session's too, for the overlap) and a
 * no-touch zone over the scar, holds and responses recorded, a long SOAP note with the response,
 * home care and soreness since last time, an addendum, and pain before each earlier session.
 * Session 5 was yesterday on the clinic's clock, so it is over at whatever hour the test runs.
 */
export async function seedPrintableSession(host: RunningHost, clock: TestClock): Promise<PrintableSession> {
  const { call } = hostClient(host);
  const yesterday = clock.day(-1);
  const weeksBefore = (weeks: number) => addDays(yesterday, -7 * weeks);

  await call('settings.update', {
    clinicName: 'Clínica Calma',
    therapistName: 'Lucía Gómez',
    paperSize: 'a4',
    clinicPhone: '+34 912 345 678',
  });
  const client = await call('clients.create', {
    givenName: 'Maribel',
    familyName: 'Castro Núñez',
    dateOfBirth: '1971-04-23',
    conditions: ['Fibromyalgia'],
    toleranceDefault: { scale: 'ordinal', value: 'moderate', measuredOn: weeksBefore(5) },
    contraindications: [{ code: 'recent-surgery', note: 'Appendectomy scar, 6 weeks', regions: ['abdomen'] }],
  });
  // The course starts from the shipped 20-week trial protocol, as the course form offers it.
  const trial = (await call('templates.list', {})).find((template) => template.sessionCount === 20);
  if (!trial) throw new Error('The shipped 20-session protocol is missing');
  const course = await call('courses.create', {
    clientId: client.id,
    templateId: trial.id,
    name: trial.name,
    startDate: weeksBefore(4),
    sessionTime: '09:30',
    sessionCount: trial.sessionCount,
    intervalDays: trial.intervalDays,
    sessionMinutes: trial.sessionMinutes,
    assessments: trial.assessments,
  });
  const sessions = (await call('sessions.list', { clientId: client.id }))
    .filter((session) => session.courseId === course.id)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const earlier = sessions.slice(0, 4);
  const session = sessions[4]!;
  const lowBack = (x: number): [number, number, number][] =>
    Array.from({ length: 8 }, (_, i) => [x, 100 + i * 2, -12] as [number, number, number]);
  // Last session's pain map: the left stripe only, for the overlap with this one's.
  await call('findings.create', {
    sessionId: earlier[3]!.id,
    body: {
      kind: 'pain_area',
      region: { strokes: [{ mode: 'paint', radiusCm: 4, stamps: lowBack(-6) }] },
      intensity: 7,
      quality: 'aching',
    },
  });
  for (const [index, previous] of earlier.entries()) {
    await call('sessions.update', {
      id: previous.id,
      startsAt: previous.startsAt,
      plannedMinutes: previous.plannedMinutes,
      actualMinutes: 85,
      status: 'completed',
      painBefore: 8 - index,
      painAfter: 6 - index,
      subjective: 'Widespread aching, worse in the mornings.',
    });
  }
  await call('assessments.record', {
    clientId: client.id,
    courseId: course.id,
    coursePosition: 0,
    takenOn: weeksBefore(4),
    pain: { current: 7, worst: 9, least: 4 },
    sleepQuality: 7,
  });

  const zoneNames: string[] = [];
  for (const [index, muscle] of ZONE_MUSCLES.flatMap((m) => [`${m}_L`, `${m}_R`]).entries()) {
    const structure = structureById(muscle);
    if (!structure) throw new Error(`The atlas has no ${muscle}`);
    zoneNames.push(structureLabel(structure));
    await call('zones.create', {
      sessionId: session.id,
      body: {
        target: { kind: 'structure', structureId: muscle },
        techniqueId: TECHNIQUES[index % TECHNIQUES.length]!,
        // Every fifth zone plans firm pressure, above the client's moderate tolerance.
        pressure: { scale: 'ordinal', value: index % 5 === 0 ? 'firm' : 'moderate' },
        holdMinutes: 3 + (index % 3),
      },
    });
  }

  const site = (id: string) => {
    const found = tenderPointSites().find((candidate) => candidate.id === id);
    if (!found) throw new Error(`No tender-point site ${id}`);
    return found;
  };
  const anchorAt = (siteId: string) => {
    const { structureId, point } = site(siteId);
    const normal: ModelPoint = point[2] >= 0 ? [0, 0, 1] : [0, 0, -1];
    return {
      structureId,
      layer: structureById(structureId)!.layer,
      u: 0.5,
      v: 0.5,
      point: [...point] as ModelPoint,
      normal,
      atlasVersion: ATLAS_VERSION,
    };
  };
  for (const side of ['L', 'R'] as const) {
    await call('findings.create', {
      sessionId: session.id,
      body: {
        kind: 'trigger_point',
        anchor: anchorAt(`tp_trapezius_${side}`),
        state: 'active',
        referral: { strokes: [{ mode: 'paint', radiusCm: 3, stamps: [[side === 'L' ? 8 : -8, 160, 6]] }] },
        note: 'Refers to the temple',
      },
    });
    await call('findings.create', {
      sessionId: session.id,
      body: { kind: 'trigger_point', anchor: anchorAt(`tp_gluteal_${side}`), state: 'latent' },
    });
    await call('findings.create', {
      sessionId: session.id,
      body: {
        kind: 'adhesion',
        anchor: anchorAt(`tp_supraspinatus_${side}`),
        depth: 'deep_fascia',
        direction: [0, 1, 0],
        severity: side === 'L' ? 'moderate' : 'severe',
      },
    });
    for (const place of ['occiput', 'trapezius', 'second_rib', 'knee']) {
      await call('findings.create', {
        sessionId: session.id,
        body: { kind: 'tender_point', siteId: `tp_${place}_${side}`, painful: place !== 'knee' },
      });
    }
  }
  const painArea = { intensity: 6, quality: 'burning' as const, note: 'Worse after sitting for an hour' };
  await call('findings.create', {
    sessionId: session.id,
    body: {
      kind: 'pain_area',
      region: { strokes: [{ mode: 'paint', radiusCm: 4, stamps: [...lowBack(-6), ...lowBack(6)] }] },
      footprint: ['quadratus_lumborum_L', 'quadratus_lumborum_R'],
      ...painArea,
    },
  });
  const caution = { reason: 'No-touch: appendectomy scar', intakeNote: 'Appendectomy scar, 6 weeks' };
  await call('findings.create', {
    sessionId: session.id,
    body: {
      kind: 'caution',
      region: { strokes: [{ mode: 'paint', radiusCm: 3, stamps: [[-4, 95, 11]] }] },
      footprint: ['rectus_abdominis_R'],
      source: 'therapist',
      reason: caution.reason,
    },
  });

  const plan = await call('plan.get', { sessionId: session.id });
  await call('plan.start', { sessionId: session.id, acknowledgedKeys: plan.flags.map((flag) => flag.key) });
  const zoneResponses: string[] = [];
  for (const [index, zone] of plan.zones.entries()) {
    const response = RESPONSES[index % RESPONSES.length]!;
    zoneResponses.push(response.label);
    await call('runs.save', {
      zoneId: zone.id,
      holdSeconds: 180 + index * 15,
      pressureUsed: { scale: 'ordinal', value: index % 4 === 0 ? 'light' : 'moderate' },
      response: response.id,
    });
  }
  const notes = {
    subjective: 'Pain 7/10 on waking, mostly neck and low back; slept about five hours.',
    objective: OBJECTIVE,
    assessment: 'Good release of the upper trapezius on both sides; low back still guarded.',
    plan: 'Continue weekly; next focus quadratus lumborum and gluteal fascia.',
    response: 'Tissue softened well under each hold; the client was relaxed by the end.',
    homeCare: 'Warm shower before bed, then the gentle neck stretch we practised, twice a day.',
  };
  await call('sessions.update', {
    id: session.id,
    startsAt: session.startsAt,
    plannedMinutes: session.plannedMinutes,
    actualMinutes: 88,
    status: 'completed',
    painBefore: 7,
    painAfter: 4,
    // Mild soreness is expected after this work, so it changes nothing in the plan; it is still recorded.
    soreness: 'mild',
    flare: false,
    sorenessRegions: ['neck'],
    ...notes,
  });
  await call('sessions.sign', { id: session.id });
  const addendum = 'Client phoned the next day: soreness mild, no flare.';
  await call('addenda.add', { sessionId: session.id, body: addendum });
  return {
    clientName: 'Maribel Castro Núñez',
    sessionId: session.id,
    zoneNames,
    notes,
    zoneResponses,
    painArea,
    caution,
    sorenessReport: 'Mild soreness, no flare, in the Neck',
    addendum,
    nextAppointment: sessions[5]!.startsAt,
  };
}
