import { describe, expect, it } from 'vitest';
import { assessmentRuleIssues, nextAssessment, plannedSessionDates, scheduleAssessments } from './course';

const trial = { startDate: '2026-03-02', sessionCount: 20, intervalDays: 7 };

describe('course schedule', () => {
  it('plans a session every interval from the start', () => {
    const dates = plannedSessionDates(trial);
    expect(dates).toHaveLength(20);
    expect([dates[0], dates[1], dates[19]]).toEqual(['2026-03-02', '2026-03-09', '2026-07-13']);
    expect(plannedSessionDates({ ...trial, sessionCount: null })).toEqual(['2026-03-02']);
  });

  it('dates assessments from the start or the last session, in order', () => {
    expect(
      scheduleAssessments(trial, [
        { label: '6 months', anchor: 'lastSession', months: 6 },
        { label: 'Baseline', anchor: 'start', months: 0 },
      ]),
    ).toEqual([
      { label: 'Baseline', dueDate: '2026-03-02' },
      { label: '6 months', dueDate: '2027-01-13' },
    ]);
  });

  it('finds the next assessment due today or later', () => {
    const scheduled = [
      { label: 'Baseline', dueDate: '2026-03-02' },
      { label: 'End', dueDate: '2026-07-13' },
    ];
    expect(nextAssessment(scheduled, '2026-03-02')?.label).toBe('Baseline');
    expect(nextAssessment(scheduled, '2026-03-03')?.label).toBe('End');
    expect(nextAssessment(scheduled, '2026-08-01')).toBeNull();
  });

  it('refuses last-session assessments in an open-ended course', () => {
    expect(
      assessmentRuleIssues({
        sessionCount: null,
        assessments: [{ label: 'End', anchor: 'lastSession', months: 0 }],
      }),
    ).toEqual([
      {
        path: 'assessments.0.anchor',
        message: 'An open-ended course has no last session: count this assessment from the start',
      },
    ]);
    expect(
      assessmentRuleIssues({
        sessionCount: 4,
        assessments: [{ label: 'End', anchor: 'lastSession', months: 0 }],
      }),
    ).toEqual([]);
  });
});
