import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionUpdateInput } from '../../../shared/domain/session';
import { openTestClinic, TEST_CLINIC_NOW, type TestClinic } from '../../test-support/temp-db';

let clinic: TestClinic;
let clientId: string;

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
    dateOfBirth: '1970-01-01',
  }).id;
});
afterEach(() => clinic.close());

const plan = (startsAt = '2026-03-02T08:00') =>
  clinic.call('sessions.create', { clientId, startsAt, plannedMinutes: 60 });

function complete(id: string, fields: Partial<SessionUpdateInput> = {}) {
  return clinic.call('sessions.update', {
    id,
    startsAt: '2026-03-02T08:00',
    plannedMinutes: 60,
    actualMinutes: 55,
    status: 'completed',
    subjective: 'Neck stiff since Tuesday',
    painBefore: 6,
    painAfter: 4,
    ...fields,
  });
}

describe('sessions.create and get', () => {
  it('plans a session and reads it back with an empty note', () => {
    const session = plan();
    expect(clinic.call('sessions.get', { id: session.id })).toMatchObject({
      status: 'planned',
      subjective: '',
      painBefore: null,
      draft: null,
      addenda: [],
      number: null,
    });
  });

  it('refuses a session before its course starts', () => {
    const course = clinic.call('courses.create', {
      clientId,
      name: 'Weekly',
      startDate: '2026-03-05',
      sessionTime: '10:00',
      sessionCount: null,
      intervalDays: 7,
      sessionMinutes: 60,
    });
    expect(() =>
      clinic.call('sessions.create', {
        clientId,
        courseId: course.id,
        startsAt: '2026-03-04T10:00',
        plannedMinutes: 60,
      }),
    ).toThrow(expect.objectContaining({ message: 'This session is before its course starts (2026-03-05)' }));
  });
});

describe('sessions.update', () => {
  it('writes SOAP, pain, response, soreness and home care', () => {
    const session = plan();
    const saved = complete(session.id, {
      objective: 'Guarding upper trapezius',
      assessment: 'Tolerated sustained pressure',
      plan: 'Repeat in a week',
      response: 'Relaxed after 3 minutes',
      soreness: 'mild',
      flare: true,
      homeCare: 'Warm shower, gentle stretches',
    });
    expect(saved).toMatchObject({
      status: 'completed',
      actualMinutes: 55,
      painAfter: 4,
      soreness: 'mild',
      flare: true,
    });
  });

  it('refuses a completed session dated in the future, and one without its actual duration', () => {
    const session = plan('2026-03-09T10:00');
    expect(() => complete(session.id, { startsAt: '2026-03-09T10:00' })).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/cannot be on a future day/) }),
    );
    expect(() => complete(session.id, { actualMinutes: null })).toThrow(
      expect.objectContaining({ message: 'Enter how long the completed session actually lasted' }),
    );
  });

  it('completes a session booked later today, for a client who came early', () => {
    const session = plan('2026-03-02T17:00');
    expect(complete(session.id, { startsAt: '2026-03-02T17:00' }).status).toBe('completed');
  });

  it('at 23:59 on the clinic clock completes that day’s last booking and refuses the next day’s', () => {
    const late = openTestClinic(new Date(2026, 2, 2, 23, 59));
    try {
      const client = late.call('clients.create', {
        givenName: 'Eva',
        familyName: 'Sanz',
        dateOfBirth: '1980-01-01',
      });
      const book = (startsAt: string) =>
        late.call('sessions.create', { clientId: client.id, startsAt, plannedMinutes: 60 }).id;
      const finish = (id: string, startsAt: string) =>
        late.call('sessions.update', {
          id,
          startsAt,
          plannedMinutes: 60,
          actualMinutes: 50,
          status: 'completed',
        });
      expect(finish(book('2026-03-02T23:59'), '2026-03-02T23:59').status).toBe('completed');
      expect(() => finish(book('2026-03-03T00:00'), '2026-03-03T00:00')).toThrow(/cannot be on a future day/);
    } finally {
      late.close();
    }
  });

  it('refuses pain outside 0-10 at the contract', () => {
    const session = plan();
    expect(() => complete(session.id, { painBefore: 11 })).toThrow(/Pain is a whole number from 0/);
  });
});

describe('drafts', () => {
  it('keeps whatever was typed until the note is saved', () => {
    const session = plan();
    expect(
      clinic.call('sessions.saveDraft', {
        id: session.id,
        draft: { subjective: 'Half a thou', painBefore: '11' },
      }),
    ).toEqual({
      savedAt: TEST_CLINIC_NOW.toISOString(),
    });
    expect(clinic.call('sessions.get', { id: session.id }).draft).toEqual({
      subjective: 'Half a thou',
      painBefore: '11',
    });
    complete(session.id);
    expect(clinic.call('sessions.get', { id: session.id }).draft).toBeNull();
  });

  it('discards a draft on request', () => {
    const session = plan();
    clinic.call('sessions.saveDraft', { id: session.id, draft: { plan: 'x' } });
    expect(clinic.call('sessions.discardDraft', { id: session.id }).draft).toBeNull();
  });
});

describe('signing and addenda', () => {
  it('locks a signed note for good: no update, no draft, no delete', () => {
    const session = plan();
    complete(session.id);
    const signed = clinic.call('sessions.sign', { id: session.id });
    expect(signed).toMatchObject({
      status: 'signed',
      signedBy: 'Lucía Gómez',
      signedAt: TEST_CLINIC_NOW.toISOString(),
    });
    for (const attempt of [
      () => complete(session.id, { subjective: 'Changed' }),
      () => clinic.call('sessions.saveDraft', { id: session.id, draft: { subjective: 'x' } }),
      () => clinic.call('sessions.delete', { id: session.id }),
      () => clinic.call('sessions.sign', { id: session.id }),
    ]) {
      expect(attempt).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    }
    expect(clinic.call('sessions.get', { id: session.id }).subjective).toBe('Neck stiff since Tuesday');
  });

  it('signs only a completed note with words in it, a signer, and no pending draft', () => {
    const session = plan();
    expect(() => clinic.call('sessions.sign', { id: session.id })).toThrow(/Mark the session completed/);
    complete(session.id, { subjective: '' });
    expect(() => clinic.call('sessions.sign', { id: session.id })).toThrow(
      /at least one part of the SOAP note/,
    );
    complete(session.id);
    clinic.call('sessions.saveDraft', { id: session.id, draft: { plan: 'more' } });
    expect(() => clinic.call('sessions.sign', { id: session.id })).toThrow(/unsaved draft/);
    clinic.call('sessions.discardDraft', { id: session.id });
    clinic.call('access.lock', {});
    expect(() => clinic.call('sessions.sign', { id: session.id })).toThrow(
      /Unlock FasciaMap as the therapist signing/,
    );
  });

  it('adds addenda with author and time under a signed note only', () => {
    const session = plan();
    complete(session.id);
    expect(() => clinic.call('addenda.add', { sessionId: session.id, body: 'Too early' })).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
    clinic.call('sessions.sign', { id: session.id });
    const addendum = clinic.call('addenda.add', { sessionId: session.id, body: 'Pain after was 3, not 4' });
    expect(addendum).toMatchObject({ author: 'Lucía Gómez', createdAt: TEST_CLINIC_NOW.toISOString() });
    expect(clinic.call('sessions.get', { id: session.id }).addenda).toEqual([addendum]);
    clinic.call('access.lock', {});
    expect(() => clinic.call('addenda.add', { sessionId: session.id, body: 'Anonymous' })).toThrow(
      expect.objectContaining({ code: 'LOCKED' }),
    );
  });
});

describe('delete, restore and purge', () => {
  it('hides nothing: a deleted session is listed with its stamp, restorable, and purged only when deleted', () => {
    const session = plan();
    expect(() => clinic.call('sessions.purge', { id: session.id })).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
    expect(clinic.call('sessions.delete', { id: session.id }).deletedAt).toBe(TEST_CLINIC_NOW.toISOString());
    expect(() => complete(session.id)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(clinic.call('sessions.restore', { id: session.id }).deletedAt).toBeNull();
    clinic.call('sessions.delete', { id: session.id });
    expect(clinic.call('sessions.purge', { id: session.id })).toEqual({ purged: true });
    expect(() => clinic.call('sessions.get', { id: session.id })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });
});

describe('today.overview', () => {
  it('lists today’s sessions with alerts and unsigned notes', () => {
    clinic.call('clients.update', {
      id: clientId,
      givenName: 'Ana',
      familyName: 'Ruiz',
      dateOfBirth: '1970-01-01',
      contraindications: [{ code: 'malignancy' }],
    });
    const done = plan('2026-03-02T08:00');
    complete(done.id);
    plan('2026-03-02T15:00');
    plan('2026-03-03T15:00');
    const today = clinic.call('today.overview', {});
    expect(today.date).toBe('2026-03-02');
    expect(today.sessions.map((session) => [session.startsAt, session.status])).toEqual([
      ['2026-03-02T08:00', 'completed'],
      ['2026-03-02T15:00', 'planned'],
    ]);
    expect(today.sessions[0]!.alerts.absoluteContraindications).toEqual(['Malignancy']);
    expect(today.unsigned.map((session) => session.id)).toEqual([done.id]);
  });
});
