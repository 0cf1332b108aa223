import { describe, expect, it } from 'vitest';
import { SessionUpdateInput, sessionRuleIssues, signingIssues } from './session';

const context = { now: '2026-03-02T09:30', courseStart: '2026-03-01' };

describe('SessionUpdateInput', () => {
  it('refuses pain outside 0-10 with a message that says the scale', () => {
    const result = SessionUpdateInput.safeParse({
      id: '00000000-0000-4000-8000-000000000001',
      startsAt: '2026-03-02T09:00',
      plannedMinutes: 60,
      status: 'completed',
      painBefore: 11,
      painAfter: -1,
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['painBefore', 'Pain is a whole number from 0 (none) to 10 (worst imaginable)'],
      ['painAfter', 'Pain is a whole number from 0 (none) to 10 (worst imaginable)'],
    ]);
  });
});

describe('sessionRuleIssues', () => {
  it('accepts a planned session in the future and a completed one in the past', () => {
    expect(sessionRuleIssues({ startsAt: '2026-04-01T10:00', status: 'planned' }, context)).toEqual([]);
    expect(
      sessionRuleIssues({ startsAt: '2026-03-02T08:00', status: 'completed', actualMinutes: 50 }, context),
    ).toEqual([]);
  });

  it('lets a session booked later today be completed or started now, up to the last minute of the day', () => {
    for (const startsAt of ['2026-03-02T11:00', '2026-03-02T23:59']) {
      expect(sessionRuleIssues({ startsAt, status: 'completed', actualMinutes: 50 }, context)).toEqual([]);
      expect(sessionRuleIssues({ startsAt, status: 'in_progress' }, context)).toEqual([]);
    }
  });

  it('refuses the next day from one minute before midnight, and accepts it from midnight', () => {
    const session = { startsAt: '2026-03-03T00:00', status: 'completed', actualMinutes: 50 };
    expect(sessionRuleIssues(session, { ...context, now: '2026-03-02T23:59' })).toHaveLength(1);
    expect(sessionRuleIssues(session, { ...context, now: '2026-03-03T00:00' })).toEqual([]);
    expect(
      sessionRuleIssues(
        { ...session, startsAt: '2026-03-03T23:30' },
        { ...context, now: '2026-03-03T00:00' },
      ),
    ).toEqual([]);
  });

  it('names each mistake', () => {
    expect(sessionRuleIssues({ startsAt: '2026-02-27T10:00', status: 'planned' }, context)).toEqual([
      { path: 'startsAt', message: 'This session is before its course starts (2026-03-01)' },
    ]);
    expect(
      sessionRuleIssues({ startsAt: '2026-03-03T00:00', status: 'completed', actualMinutes: null }, context),
    ).toEqual([
      {
        path: 'startsAt',
        message: 'A session completed cannot be on a future day: change the date or keep it planned',
      },
      { path: 'actualMinutes', message: 'Enter how long the completed session actually lasted' },
    ]);
  });
});

describe('signingIssues', () => {
  const note = {
    status: 'completed' as const,
    subjective: 'Better',
    objective: '',
    assessment: '',
    plan: '',
  };
  it('allows a completed note with words and a signer', () => {
    expect(signingIssues(note, 'Lucía')).toEqual([]);
  });
  it('asks for completion, words and a signer', () => {
    expect(
      signingIssues({ ...note, status: 'planned', subjective: ' ' }, '').map((issue) => issue.path),
    ).toEqual(['status', 'subjective', 'signer']);
  });
});
