import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { policyOf } from '../../../shared/api/contract';
import { CALL_NAMES, type CallName } from '../../../shared/api/names';
import { namespaceOf, refreshedBy, type Namespace } from '../../../shared/api/refreshes';
import { openTestClinic, TEST_CLINIC_NOW, type TestClinic } from '../../test-support/temp-db';

let clinic: TestClinic;
let clientId: string;
let courseId: string;
let sessionId: string;

/** A client on a course starting today, with a session of their own this morning. */
beforeEach(async () => {
  clinic = openTestClinic(TEST_CLINIC_NOW);
  // Notes are signed by the therapist who unlocked the app (the handler's finish unlocks).
  const finish = await clinic.handlers['access.createProfile']({
    displayName: 'Lucía Gómez',
    passphrase: 'a long test passphrase',
  });
  finish();
  clientId = clinic.call('clients.create', {
    givenName: 'Ana',
    familyName: 'Ruiz',
    dateOfBirth: '1970-05-01',
  }).id;
  courseId = startCourse('Trial course').id;
  sessionId = clinic.call('sessions.create', {
    clientId,
    startsAt: '2026-03-02T08:00',
    plannedMinutes: 60,
  }).id;
  await clinic.call('zones.create', {
    sessionId,
    body: {
      target: { kind: 'structure', structureId: 'trapezius_upper_L' },
      techniqueId: 'sustained-pressure',
      pressure: { scale: 'ordinal', value: 'moderate' },
      holdMinutes: 4,
    },
  });
});
afterEach(() => clinic.close());

function startCourse(name: string) {
  const template = clinic.call('templates.list', {})[0]!;
  return clinic.call('courses.create', {
    clientId,
    templateId: template.id,
    name,
    startDate: '2026-03-02',
    sessionTime: '10:00',
    sessionCount: template.sessionCount,
    intervalDays: template.intervalDays,
    sessionMinutes: template.sessionMinutes,
    assessments: template.assessments,
  });
}

/** The answers a screen could be showing, by namespace; a call that fails shows its message. */
async function answers(): Promise<Map<Namespace, string>> {
  const reads: [Namespace, () => unknown][] = [
    ['clients', () => [clinic.call('clients.get', { id: clientId }), clinic.call('clients.list', {})]],
    ['settings', () => clinic.call('settings.get', {})],
    ['templates', () => clinic.call('templates.list', {})],
    ['courses', () => clinic.call('courses.list', { clientId })],
    [
      'sessions',
      () => [clinic.call('sessions.list', { clientId }), clinic.call('sessions.get', { id: sessionId })],
    ],
    ['today', () => clinic.call('today.overview', {})],
    [
      'assessments',
      () => [clinic.call('assessments.list', { clientId }), clinic.call('assessments.due', {})],
    ],
    ['outcomes', () => clinic.call('outcomes.course', { courseId })],
    ['plan', () => clinic.call('plan.get', { sessionId })],
    ['techniques', () => clinic.call('techniques.list', {})],
    ['printouts', () => clinic.call('printouts.get', { sessionId })],
  ];
  const seen = new Map<Namespace, string>();
  for (const [namespace, read] of reads) {
    try {
      seen.set(namespace, JSON.stringify(await Promise.all([read()].flat())));
    } catch (error) {
      seen.set(namespace, (error as Error).message);
    }
  }
  return seen;
}

/** Runs `write` and names the namespaces whose answers it changed that its entry does not refresh. */
async function unrefreshedBy(name: CallName, write: () => unknown): Promise<Namespace[]> {
  const before = await answers();
  await write();
  const after = await answers();
  const refreshed = refreshedBy(name);
  const changed = [...after.keys()].filter((namespace) => after.get(namespace) !== before.get(namespace));
  expect(changed, `${name} changed nothing the test reads`).not.toEqual([]);
  return refreshed === 'everything' ? [] : changed.filter((namespace) => !refreshed.includes(namespace));
}

describe('what a write refreshes', () => {
  it('names every namespace that has writes, the write’s own included', () => {
    const writes = CALL_NAMES.filter((name) => policyOf(name).effect === 'write');
    for (const name of writes) {
      const refreshed = refreshedBy(name);
      if (refreshed !== 'everything') expect(refreshed).toContain(namespaceOf(name));
    }
  });

  it('refreshes nothing after a read or an export', () => {
    for (const name of ['sessions.get', 'today.overview', 'transfer.exportClient'] as const) {
      expect(refreshedBy(name)).toEqual([]);
    }
  });

  it('covers every answer each write changes, through a course of care', async () => {
    const steps: [CallName, () => unknown][] = [
      [
        'settings.update',
        () =>
          clinic.call('settings.update', {
            clinicName: 'Clínica Sur',
            therapistName: 'Lucía Gómez',
            paperSize: 'letter',
          }),
      ],
      ['techniques.create', () => clinic.call('techniques.create', { name: 'Skin rolling' })],
      ['clients.archive', () => clinic.call('clients.archive', { id: clientId })],
      ['clients.unarchive', () => clinic.call('clients.unarchive', { id: clientId })],
      ['courses.create', () => startCourse('Second course')],
      [
        'sessions.saveDraft',
        () => clinic.call('sessions.saveDraft', { id: sessionId, draft: { subjective: 'Neck' } }),
      ],
      [
        'sessions.update',
        () =>
          clinic.call('sessions.update', {
            id: sessionId,
            startsAt: '2026-03-02T08:00',
            plannedMinutes: 60,
            actualMinutes: 50,
            status: 'completed',
            painBefore: 6,
            subjective: 'Neck stiff since Tuesday',
          }),
      ],
      [
        'findings.create',
        () =>
          clinic.call('findings.create', {
            sessionId,
            body: { kind: 'tender_point', siteId: 'tp_knee_R', painful: true },
          }),
      ],
      ['plan.start', () => clinic.call('plan.start', { sessionId, acknowledgedKeys: [] })],
      [
        'assessments.record',
        () =>
          clinic.call('assessments.record', {
            clientId,
            courseId,
            coursePosition: 0,
            takenOn: '2026-03-02',
            pain: { current: 6, worst: 8, least: 3 },
          }),
      ],
      ['sessions.sign', () => clinic.call('sessions.sign', { id: sessionId })],
      ['addenda.add', () => clinic.call('addenda.add', { sessionId, body: 'Called: less sore next day.' })],
      ['courses.delete', () => clinic.call('courses.delete', { id: courseId })],
      ['clients.delete', () => clinic.call('clients.delete', { id: clientId })],
    ];
    for (const [name, write] of steps) {
      expect(await unrefreshedBy(name, write), name).toEqual([]);
    }
  });
});
