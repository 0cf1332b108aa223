import { describe, expect, it } from 'vitest';
import { scheduleAssessments, type AssessmentPoint } from '../course';
import { assessmentPhase, assessmentStatus } from './schedule';

/** The Castro-Sánchez 2011 trial: 20 weekly sessions, assessed at baseline, the end, +1 and +6 months. */
const TRIAL_POINTS: AssessmentPoint[] = [
  { label: 'Baseline', anchor: 'start', months: 0 },
  { label: 'After the last session', anchor: 'lastSession', months: 0 },
  { label: '1-month follow-up', anchor: 'lastSession', months: 1 },
  { label: '6-month follow-up', anchor: 'lastSession', months: 6 },
];
const TRIAL_COURSE = { startDate: '2026-01-05', sessionCount: 20, intervalDays: 7 };

describe('the trial template’s schedule', () => {
  it('dates baseline at the start, the end on session 20 (19 weeks on), then +1 and +6 months', () => {
    const schedule = scheduleAssessments(TRIAL_COURSE, TRIAL_POINTS);
    expect(
      schedule.map((point) => [point.label, point.dueDate, assessmentPhase(TRIAL_COURSE, point.dueDate)]),
    ).toEqual([
      ['Baseline', '2026-01-05', 'course'],
      ['After the last session', '2026-05-18', 'course'],
      ['1-month follow-up', '2026-06-18', 'follow_up'],
      ['6-month follow-up', '2026-11-18', 'follow_up'],
    ]);
  });

  it('keeps every assessment of an open-ended weekly course within the course', () => {
    const weekly = { startDate: '2026-01-05', sessionCount: null, intervalDays: 7 };
    const points: AssessmentPoint[] = [
      { label: 'Baseline', anchor: 'start', months: 0 },
      { label: '3 months in', anchor: 'start', months: 3 },
    ];
    const schedule = scheduleAssessments(weekly, points);
    expect(schedule.map((point) => [point.dueDate, assessmentPhase(weekly, point.dueDate)])).toEqual([
      ['2026-01-05', 'course'],
      ['2026-04-05', 'course'],
    ]);
  });
});

describe('assessmentStatus', () => {
  const baseline = { dueDate: '2026-03-10' };

  it('is upcoming beyond two weeks, due within them, overdue after its day, done when recorded', () => {
    expect(assessmentStatus(baseline, '2026-02-23', false)).toBe('upcoming');
    expect(assessmentStatus(baseline, '2026-02-24', false)).toBe('due');
    expect(assessmentStatus(baseline, '2026-03-10', false)).toBe('due');
    expect(assessmentStatus(baseline, '2026-03-11', false)).toBe('overdue');
    expect(assessmentStatus(baseline, '2026-03-11', true)).toBe('done');
  });
});
