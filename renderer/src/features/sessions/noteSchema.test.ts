import { zodResolver } from '@hookform/resolvers/zod';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../../shared/domain/session';
import { noteSchema, valuesFromSession, type SessionFormValues } from './sessionForm';

const id = '00000000-0000-4000-8000-000000000001';
const saved = valuesFromSession({
  id,
  startsAt: '2026-03-02T08:00',
  plannedMinutes: 60,
  actualMinutes: null,
  status: 'planned',
  subjective: '',
  objective: '',
  assessment: '',
  plan: '',
  painBefore: null,
  painAfter: null,
  response: '',
  soreness: null,
  sorenessRegions: [],
  flare: false,
  homeCare: '',
} as unknown as Session);

// The note form's resolver, on a clinic clock fixed at 09:30 that day.
const resolve = zodResolver(noteSchema(id, () => '2026-03-02T09:30'));

async function messagesFor(values: Partial<SessionFormValues>) {
  const result = await resolve({ ...saved, ...values }, undefined, {
    fields: {},
    shouldUseNativeValidation: false,
  });
  return Object.fromEntries(Object.entries(result.errors).map(([field, error]) => [field, error?.message]));
}

describe('the note form’s checks', () => {
  it('puts a shared rule’s message on the field it names', async () => {
    expect(await messagesFor({ status: 'completed' })).toEqual({
      actualMinutes: 'Enter how long the completed session actually lasted',
    });
    expect(
      await messagesFor({ status: 'completed', actualMinutes: '50', startsAt: '2026-03-03T08:00' }),
    ).toEqual({
      startsAt: 'A session completed cannot be on a future day: change the date or keep it planned',
    });
  });

  it('puts the schema’s message on the field typed', async () => {
    const messages = await messagesFor({ painAfter: '12', plannedMinutes: '' });
    expect(messages.painAfter).toBe('Pain is a whole number from 0 (none) to 10 (worst imaginable)');
    expect(Object.keys(messages).sort()).toEqual(['painAfter', 'plannedMinutes']);
  });

  it('hands the submit the parsed input', async () => {
    const result = await resolve({ ...saved, painBefore: '6', subjective: 'Neck' }, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ id, plannedMinutes: 60, painBefore: 6, subjective: 'Neck' });
  });
});
