import { describe, expect, it } from 'vitest';
import { addMonths } from './calendar';
import {
  TRIAL_ASSESSMENT_POINTS,
  assessmentStatus,
  courseEndsOn,
  scheduleAssessments,
  type CourseTimeline,
} from './schedule';

/** The trial's course: 20 weekly sessions from Monday 5 January 2026. */
const TRIAL: CourseTimeline = {
  startsOn: '2026-01-05',
  plannedSessions: 20,
  sessionIntervalDays: 7,
  heldSessionDates: [],
  endedOn: null,
};

const brief = (list: ReturnType<typeof scheduleAssessments>) =>
  list.map(({ key, dueOn, phase }) => [key, dueOn, phase]);

describe('courseEndsOn', () => {
  it('plans the last of 20 weekly sessions 19 weeks after the first', () => {
    expect(courseEndsOn(TRIAL)).toBe('2026-05-18');
  });

  it('moves the planned end with the sessions actually held', () => {
    // Two sessions, the second a week late: 18 more weekly sessions follow it.
    const held = { ...TRIAL, heldSessionDates: ['2026-01-05', '2026-01-19'] };
    expect(courseEndsOn(held)).toBe('2026-05-25');
  });

  it('is the date of the last planned session once it is held, or when the course was closed', () => {
    const dates = Array.from(
      { length: 20 },
      (_, i) => `2026-${String(1 + Math.floor(i / 4)).padStart(2, '0')}-0${(i % 4) + 1}`,
    );
    expect(courseEndsOn({ ...TRIAL, heldSessionDates: dates })).toBe(dates[19]);
    expect(courseEndsOn({ ...TRIAL, endedOn: '2026-03-02' })).toBe('2026-03-02');
  });

  it('has no end for an open-ended course still running', () => {
    expect(courseEndsOn({ ...TRIAL, plannedSessions: null })).toBeNull();
  });
});

describe('scheduleAssessments', () => {
  it('dates the trial template: baseline, after the last session, +1 and +6 months', () => {
    expect(brief(scheduleAssessments(TRIAL_ASSESSMENT_POINTS, TRIAL, '2026-01-05'))).toEqual([
      ['baseline', '2026-01-05', 'course'],
      ['end_of_course', '2026-05-18', 'course'],
      ['after_1m', '2026-06-18', 'follow_up'],
      ['after_6m', '2026-11-18', 'follow_up'],
    ]);
  });

  it('repeats a weekly point up to the given day for an open-ended course, without follow-ups', () => {
    const openEnded = { ...TRIAL, plannedSessions: null };
    const points = [
      { kind: 'baseline' },
      { kind: 'every_weeks', weeks: 1 },
      { kind: 'after_course', months: 1 },
    ] as const;
    const list = scheduleAssessments(points, openEnded, '2026-01-26');
    expect(brief(list)).toEqual([
      ['baseline', '2026-01-05', 'course'],
      ['every_1w_1', '2026-01-12', 'course'],
      ['every_1w_2', '2026-01-19', 'course'],
      ['every_1w_3', '2026-01-26', 'course'],
    ]);
    expect(list[1]).toMatchObject({ label: 'Week 1', supersededOn: '2026-01-19' });
  });

  it('stops a repeating point at the course end and adds follow-ups once an open course is closed', () => {
    const closed = { ...TRIAL, plannedSessions: null, endedOn: '2026-01-20' };
    const points = [
      { kind: 'baseline' },
      { kind: 'every_weeks', weeks: 2 },
      { kind: 'after_course', months: 1 },
    ] as const;
    expect(brief(scheduleAssessments(points, closed, '2026-12-31'))).toEqual([
      ['baseline', '2026-01-05', 'course'],
      ['every_2w_1', '2026-01-19', 'course'],
      ['after_1m', '2026-02-20', 'follow_up'],
    ]);
  });
});

describe('addMonths', () => {
  it('keeps the day of the month, or the month’s last day when it has no such day', () => {
    expect(addMonths('2026-05-18', 6)).toBe('2026-11-18');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-12-15', 1)).toBe('2028-01-15');
  });
});

describe('assessmentStatus', () => {
  const baseline = {
    key: 'baseline',
    label: 'Baseline',
    phase: 'course',
    dueOn: '2026-03-10',
    supersededOn: null,
  } as const;

  it('is upcoming beyond a week, due within the week, overdue after its day, done when recorded', () => {
    expect(assessmentStatus(baseline, '2026-03-02', false)).toBe('upcoming');
    expect(assessmentStatus(baseline, '2026-03-03', false)).toBe('due');
    expect(assessmentStatus(baseline, '2026-03-10', false)).toBe('due');
    expect(assessmentStatus(baseline, '2026-03-11', false)).toBe('overdue');
    expect(assessmentStatus(baseline, '2026-03-11', true)).toBe('done');
  });

  it('lets a repeating occurrence lapse once the next one is due', () => {
    const week = { ...baseline, key: 'every_1w_1', supersededOn: '2026-03-17' };
    expect(assessmentStatus(week, '2026-03-16', false)).toBe('overdue');
    expect(assessmentStatus(week, '2026-03-17', false)).toBe('missed');
  });
});
