import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { myofascialLines } from '../../../shared/anatomy';
import type { CallName } from '../../../shared/api/names';
import type { SessionPlan } from '../../../shared/domain/plan/records';
import { openTestClinic, type TestClinic } from '../../test-support/temp-db';

let clinic: TestClinic;
let sessionId: string;
let otherSessionId: string;
const [backLine, frontLine] = myofascialLines();

/** Through the runtime, as the app calls it: lock, contract, transaction and audit entry included. */
async function dispatch(name: CallName, input: unknown) {
  return clinic.runtime.dispatch(name, input);
}
async function call<T>(name: CallName, input: unknown): Promise<T> {
  const result = await dispatch(name, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.value as T;
}
const lineOf = async (id: string) =>
  (await call<SessionPlan>('plan.get', { sessionId: id })).session.highlightedLineId;

beforeEach(async () => {
  clinic = openTestClinic();
  await call('access.createProfile', { displayName: 'Lucía Gómez', passphrase: 'a long test passphrase' });
  const client = await call<{ id: string }>('clients.create', {
    givenName: 'Ana',
    familyName: 'Ruiz',
    dateOfBirth: '1970-05-01',
  });
  const session = (startsAt: string) =>
    call<{ id: string }>('sessions.create', { clientId: client.id, startsAt, plannedMinutes: 60 });
  sessionId = (await session('2026-03-02T08:00')).id;
  otherSessionId = (await session('2026-03-09T08:00')).id;
});
afterEach(() => clinic.close());

describe('the myofascial line a session shows', () => {
  it('is none at first, kept for that session only, changed and cleared', async () => {
    expect(await lineOf(sessionId)).toBeNull();
    const plan = await call<SessionPlan>('plan.highlightLine', { sessionId, lineId: backLine!.id });
    expect(plan.session.highlightedLineId).toBe(backLine!.id);
    expect(await lineOf(sessionId)).toBe(backLine!.id);
    expect(await lineOf(otherSessionId)).toBeNull();

    await call('plan.highlightLine', { sessionId, lineId: frontLine!.id });
    expect(await lineOf(sessionId)).toBe(frontLine!.id);
    await call('plan.highlightLine', { sessionId, lineId: null });
    expect(await lineOf(sessionId)).toBeNull();
  });

  it('refuses a line that is not one of the myofascial lines, with a clear message, and changes nothing', async () => {
    await call('plan.highlightLine', { sessionId, lineId: backLine!.id });
    for (const lineId of ['spiral_line', 'superficial_back_line', '', 'x'.repeat(81)]) {
      const result = await dispatch('plan.highlightLine', { sessionId, lineId });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.message).toMatch(/not one of the myofascial lines/);
    }
    expect(await lineOf(sessionId)).toBe(backLine!.id);
  });

  it('is printed with the session: the printout of that session carries it, another session’s does not', async () => {
    await call('plan.highlightLine', { sessionId, lineId: backLine!.id });
    const printout = (id: string) =>
      call<{ session: { highlightedLineId: string | null } }>('printouts.get', { sessionId: id });
    expect((await printout(sessionId)).session.highlightedLineId).toBe(backLine!.id);
    expect((await printout(otherSessionId)).session.highlightedLineId).toBeNull();
  });

  it('stays as it was once the session is signed', async () => {
    await call('plan.highlightLine', { sessionId, lineId: backLine!.id });
    await call('sessions.update', {
      id: sessionId,
      startsAt: '2026-03-02T08:00',
      plannedMinutes: 60,
      actualMinutes: 55,
      status: 'completed',
      subjective: 'Shoulder stiff',
    });
    await call('sessions.sign', { id: sessionId });
    const result = await dispatch('plan.highlightLine', { sessionId, lineId: null });
    expect(result.ok ? null : result.error.code).toBe('CONFLICT');
    expect(await lineOf(sessionId)).toBe(backLine!.id);
  });
});
