import { describe, expect, it } from 'vitest';
import { SessionUpdateInput, type Session } from '../../../../shared/domain/session';
import { inputFromValues, valuesFromSession, valuesWithDraft } from './sessionForm';

const session = {
  id: '00000000-0000-4000-8000-000000000001',
  startsAt: '2026-03-02T10:00',
  plannedMinutes: 60,
  actualMinutes: null,
  status: 'planned',
  subjective: 'Saved words',
  objective: '',
  assessment: '',
  plan: '',
  painBefore: 5,
  painAfter: null,
  response: '',
  soreness: null,
  flare: false,
  sorenessRegions: ['pelvis_L', 'lower_back'],
  homeCare: '',
  draft: { subjective: 'Typed later', painAfter: '11' },
} as unknown as Session;

describe('the session form', () => {
  it('shows the draft over the saved note', () => {
    expect(valuesWithDraft(session)).toMatchObject({
      subjective: 'Typed later',
      painBefore: '5',
      painAfter: '11',
    });
  });

  it('turns text back into the contract’s input, empty boxes into nulls', () => {
    const input = inputFromValues(session.id, valuesFromSession(session));
    expect(input).toMatchObject({
      plannedMinutes: 60,
      actualMinutes: null,
      painBefore: 5,
      soreness: null,
      flare: false,
      sorenessRegions: ['pelvis_L', 'lower_back'],
    });
    expect(SessionUpdateInput.safeParse(input).success).toBe(true);
  });

  it('leaves a typed mistake for the schema to name', () => {
    const input = inputFromValues(session.id, valuesWithDraft(session));
    expect(SessionUpdateInput.safeParse(input).error?.issues[0]?.path).toEqual(['painAfter']);
  });
});
