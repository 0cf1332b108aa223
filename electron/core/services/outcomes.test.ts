import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssessmentInput } from '../../../shared/domain/outcomes/assessment';
import { CASTRO_SANCHEZ_2011_TEMPLATE_ID } from '../db/migrations/003-clinical-records';
import { openTestClinic, type TestClinic } from '../../test-support/temp-db';

// Eight months into a trial course that started on 5 January 2026: the 6-month follow-up (18
// November) is still ahead, the 1-month one (18 June) is past. 09:30 on the clinic's own clock, in
// whatever zone the tests run, so "today" is 1 September everywhere.
const TODAY = new Date(2026, 8, 1, 9, 30);
// The FIQR worked by hand in shared/domain/outcomes/fiqr.test.ts: 10 + 11 + 26.5 = 47.5.
const FIQR_47_5 = [2, 3, 4, 5, 6, 3, 4, 2, 1, 5, 6, 7, 6, 5, 8, 4, 3, 5, 7, 2, 6];

let clinic: TestClinic;
let clientId: string;

beforeEach(() => {
  clinic = openTestClinic(TODAY);
  clientId = clinic.call('clients.create', {
    givenName: 'Ana',
    familyName: 'Ruiz',
    dateOfBirth: '1970-01-01',
  }).id;
});
afterEach(() => clinic.close());

function startTrialCourse(forClient = clientId) {
  const template = clinic
    .call('templates.list', {})
    .find((item) => item.id === CASTRO_SANCHEZ_2011_TEMPLATE_ID)!;
  return clinic.call('courses.create', {
    clientId: forClient,
    templateId: template.id,
    name: template.name,
    startDate: '2026-01-05',
    sessionTime: '10:00',
    sessionCount: template.sessionCount,
    intervalDays: template.intervalDays,
    sessionMinutes: template.sessionMinutes,
    assessments: template.assessments,
  });
}

/** Marks the course's first `count` sessions completed, each lasting `minutes`. */
function holdSessions(count: number, minutes: number) {
  const sessions = clinic.call('sessions.list', { clientId }).slice(0, count);
  for (const session of sessions) {
    clinic.call('sessions.update', {
      id: session.id,
      startsAt: session.startsAt,
      plannedMinutes: session.plannedMinutes,
      status: 'completed',
      actualMinutes: minutes,
      painBefore: 6,
    });
  }
}

const record = (input: Omit<AssessmentInput, 'clientId'>) =>
  clinic.call('assessments.record', { clientId, ...input });

describe('assessments.record', () => {
  it('scores the entries, stores each score as a row and returns the assessment', () => {
    const course = startTrialCourse();
    const assessment = record({
      courseId: course.id,
      coursePosition: 0,
      takenOn: '2026-01-05',
      fiqr: FIQR_47_5,
      pain: { current: 6, worst: 8, least: 3 },
      otherInstruments: [{ instrument: 'HADS anxiety', score: 11 }],
    });
    expect(assessment.measures.map((measure) => [measure.kind, measure.instrument, measure.score])).toEqual([
      ['fiqr', '', 47.5],
      ['pain_current', '', 6],
      ['pain_worst', '', 8],
      ['pain_least', '', 3],
      ['other', 'HADS anxiety', 11],
    ]);
    expect(assessment.fiqr).toEqual(FIQR_47_5);
    expect(clinic.call('assessments.list', { clientId })).toEqual([assessment]);
    expect(clinic.db.prepare("SELECT score FROM outcome_measures WHERE kind = 'fiqr'").all()).toEqual([
      { score: 47.5 },
    ]);
  });

  it('refuses an assessment with nothing measured, one in the future, or a FIQR missing a whole part', () => {
    const issues = (input: Omit<AssessmentInput, 'clientId'>) => {
      try {
        record(input);
      } catch (error) {
        return (error as { details: { issues: { path: string; message: string }[] } }).details.issues;
      }
      throw new Error('expected the call to fail');
    };
    expect(issues({ takenOn: '2026-08-01' })).toEqual([
      { path: 'takenOn', message: 'Enter at least one measure to save the assessment' },
    ]);
    expect(issues({ takenOn: '2026-09-02', psqi: 8 })[0]?.message).toBe(
      'An assessment cannot be dated in the future',
    );
    const noOverall = FIQR_47_5.map((answer, index) => (index === 9 || index === 10 ? null : answer));
    expect(issues({ takenOn: '2026-08-01', fiqr: noOverall })[0]?.message).toMatch(/overall impact/);
    expect(() => record({ takenOn: '2026-08-01', wpiAreas: ['knee_L' as never] })).toThrow(
      /Not one of the 19 WPI areas/,
    );
    expect(clinic.db.prepare('SELECT count(*) AS n FROM outcome_assessments').get()).toEqual({ n: 0 });
  });

  it('fulfils a scheduled point once, and only of the client’s own course', () => {
    const course = startTrialCourse();
    record({ courseId: course.id, coursePosition: 0, takenOn: '2026-01-05', psqi: 12 });
    expect(() => record({ courseId: course.id, coursePosition: 0, takenOn: '2026-01-06', psqi: 11 })).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
    expect(() => record({ courseId: course.id, coursePosition: 9, takenOn: '2026-01-06', psqi: 11 })).toThrow(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
    const other = clinic.call('clients.create', {
      givenName: 'Bea',
      familyName: 'Martín',
      dateOfBirth: '1980-01-01',
    });
    const theirs = startTrialCourse(other.id);
    expect(() => record({ courseId: theirs.id, coursePosition: 1, takenOn: '2026-01-06', psqi: 11 })).toThrow(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
  });
});

describe('assessments.due', () => {
  it('lists scheduled assessments overdue or due within two weeks that are not yet recorded', () => {
    const course = startTrialCourse();
    expect(clinic.call('assessments.due', {}).map((due) => [due.label, due.dueDate, due.status])).toEqual([
      ['Baseline', '2026-01-05', 'overdue'],
      ['After the last session', '2026-05-18', 'overdue'],
      ['1-month follow-up', '2026-06-18', 'overdue'],
    ]);
    record({ courseId: course.id, coursePosition: 0, takenOn: '2026-01-05', psqi: 12 });
    expect(clinic.call('assessments.due', {})).toEqual([
      expect.objectContaining({
        clientName: 'Ana Ruiz',
        courseId: course.id,
        position: 1,
        status: 'overdue',
      }),
      expect.objectContaining({ position: 2 }),
    ]);
  });

  it('leaves out deleted courses', () => {
    const course = startTrialCourse();
    clinic.call('courses.delete', { id: course.id });
    expect(clinic.call('assessments.due', {})).toEqual([]);
  });
});

describe('outcomes.course', () => {
  it('gives the schedule with its status and a trend per measure placed by sessions and minutes', () => {
    const course = startTrialCourse();
    holdSessions(20, 90);
    record({
      courseId: course.id,
      coursePosition: 0,
      takenOn: '2026-01-05',
      fiqr: FIQR_47_5,
      pain: { current: 7 },
    });
    record({ courseId: course.id, coursePosition: 1, takenOn: '2026-05-18', pain: { current: 3 } });
    record({ courseId: course.id, coursePosition: 2, takenOn: '2026-06-18', pain: { current: 6 } });

    const outcomes = clinic.call('outcomes.course', { courseId: course.id });
    expect(outcomes.schedule.map((point) => [point.label, point.phase, point.status])).toEqual([
      ['Baseline', 'course', 'done'],
      ['After the last session', 'course', 'done'],
      ['1-month follow-up', 'follow_up', 'done'],
      ['6-month follow-up', 'follow_up', 'upcoming'],
    ]);
    const pain = outcomes.trends.find((trend) => trend.key === 'pain_current')!;
    expect(pain.points.map((point) => [point.sessions, point.minutes, point.value, point.change])).toEqual([
      [0, 0, 7, 'within_threshold'],
      [20, 1800, 3, 'improved'],
      [20, 1800, 6, 'within_threshold'],
    ]);
    expect(pain.taper).toMatchObject({ improvement: 4, lost: 3, followUpLabel: '1-month follow-up' });
    expect(outcomes.trends.find((trend) => trend.key === 'fiqr')!.points).toHaveLength(1);
    const sessionPain = outcomes.trends.find((trend) => trend.key === 'session_pain_before')!;
    expect(sessionPain.points).toHaveLength(20);
    expect(sessionPain.points.at(-1)).toMatchObject({ label: 'Session 20', sessions: 19, minutes: 1710 });
  });

  it('says NOT_FOUND for a course that does not exist', () => {
    expect(() =>
      clinic.call('outcomes.course', { courseId: '00000000-0000-4000-8000-00000000dead' }),
    ).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
