import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CASTRO_SANCHEZ_2011_TEMPLATE_ID } from '../db/migrations/003-clinical-records';
import { openTestClinic, TEST_CLINIC_NOW, type TestClinic } from '../../test-support/temp-db';

let clinic: TestClinic;
let clientId: string;

beforeEach(() => {
  clinic = openTestClinic(TEST_CLINIC_NOW);
  clientId = clinic.call('clients.create', {
    givenName: 'Ana',
    familyName: 'Ruiz',
    dateOfBirth: '1970-01-01',
  }).id;
});
afterEach(() => clinic.close());

function startTrialCourse() {
  const template = clinic
    .call('templates.list', {})
    .find((item) => item.id === CASTRO_SANCHEZ_2011_TEMPLATE_ID)!;
  return clinic.call('courses.create', {
    clientId,
    templateId: template.id,
    name: template.name,
    startDate: '2026-03-02',
    sessionTime: '08:00',
    sessionCount: template.sessionCount,
    intervalDays: template.intervalDays,
    sessionMinutes: template.sessionMinutes,
    assessments: template.assessments,
  });
}

describe('templates', () => {
  it('ships the trial and the open-ended protocol, each named for what it plans', () => {
    expect(
      clinic.call('templates.list', {}).map((template) => [template.name, template.sessionCount]),
    ).toEqual([
      ['20 weekly sessions of 90 min (Castro-Sánchez 2011 protocol)', 20],
      ['Weekly sessions of 60 min, open-ended', null],
    ]);
  });

  it('creates and edits templates as data', () => {
    const created = clinic.call('templates.create', {
      name: 'Fortnightly maintenance',
      sessionCount: 6,
      intervalDays: 14,
      sessionMinutes: 60,
      assessments: [{ label: 'Review', anchor: 'lastSession', months: 0 }],
    });
    const { createdAt: _created, updatedAt: _updated, ...fields } = created;
    const edited = clinic.call('templates.update', {
      ...fields,
      name: 'Fortnightly upkeep',
      sessionCount: 8,
    });
    expect(edited).toMatchObject({ id: created.id, name: 'Fortnightly upkeep', sessionCount: 8 });
    expect(clinic.call('templates.list', {}).map((template) => template.name)).toContain(
      'Fortnightly upkeep',
    );
  });

  it('refuses an assessment after the last session of an open-ended protocol', () => {
    expect(() =>
      clinic.call('templates.create', {
        name: 'Open',
        sessionCount: null,
        intervalDays: 7,
        sessionMinutes: 60,
        assessments: [{ label: 'End', anchor: 'lastSession', months: 1 }],
      }),
    ).toThrow(expect.objectContaining({ code: 'VALIDATION', message: expect.stringMatching(/open-ended/) }));
  });
});

describe('courses.create', () => {
  it('plans the trial’s 20 weekly 90-minute sessions and its four assessments', () => {
    const course = startTrialCourse();
    expect(course.assessments).toEqual([
      { label: 'Baseline', dueDate: '2026-03-02' },
      { label: 'After the last session', dueDate: '2026-07-13' },
      { label: '1-month follow-up', dueDate: '2026-08-13' },
      { label: '6-month follow-up', dueDate: '2027-01-13' },
    ]);
    expect(course.progress).toEqual({
      done: 0,
      total: 20,
      nextAssessment: { label: 'Baseline', dueDate: '2026-03-02' },
    });
    const sessions = clinic.call('sessions.list', { clientId });
    expect(sessions).toHaveLength(20);
    // In order, session 1 first: the list a therapist reads down from today's session.
    expect(sessions.map((session) => session.number)).toEqual(sessions.map((_, index) => index + 1));
    expect(sessions[0]).toMatchObject({
      startsAt: '2026-03-02T08:00',
      plannedMinutes: 90,
      number: 1,
      courseTotal: 20,
    });
    expect(sessions.at(-1)).toMatchObject({ startsAt: '2026-07-13T08:00', status: 'planned', number: 20 });
  });

  it('plans only the first session of an open-ended course', () => {
    const course = clinic.call('courses.create', {
      clientId,
      name: 'Weekly',
      startDate: '2026-03-05',
      sessionTime: '16:30',
      sessionCount: null,
      intervalDays: 7,
      sessionMinutes: 60,
    });
    expect(course.progress.total).toBeNull();
    expect(clinic.call('sessions.list', { clientId }).map((session) => session.startsAt)).toEqual([
      '2026-03-05T16:30',
    ]);
  });

  it('refuses an unknown client or template', () => {
    expect(() =>
      clinic.call('courses.create', {
        clientId: '00000000-0000-4000-8000-00000000dead',
        name: 'X',
        startDate: '2026-03-05',
        sessionTime: '10:00',
        sessionCount: 1,
        intervalDays: 7,
        sessionMinutes: 60,
      }),
    ).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});

describe('courses.list and lifecycle', () => {
  it('counts completed sessions towards progress', () => {
    const course = startTrialCourse();
    const first = clinic.call('sessions.list', { clientId })[0]!;
    clinic.call('sessions.update', {
      id: first.id,
      startsAt: first.startsAt,
      plannedMinutes: 90,
      actualMinutes: 85,
      status: 'completed',
    });
    expect(clinic.call('courses.list', { clientId })).toMatchObject([
      { id: course.id, progress: { done: 1, total: 20 } },
    ]);
  });

  it('hides a deleted course’s sessions until it is restored, and purges only when deleted', () => {
    const course = startTrialCourse();
    expect(() => clinic.call('courses.purge', { id: course.id })).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
    expect(clinic.call('courses.delete', { id: course.id }).deletedAt).not.toBeNull();
    expect(clinic.call('sessions.list', { clientId })).toEqual([]);
    clinic.call('courses.restore', { id: course.id });
    expect(clinic.call('sessions.list', { clientId })).toHaveLength(20);
    clinic.call('courses.delete', { id: course.id });
    clinic.call('courses.purge', { id: course.id });
    expect(clinic.call('courses.list', { clientId })).toEqual([]);
    expect(clinic.db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 0 });
  });
});
