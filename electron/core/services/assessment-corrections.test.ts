import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallName } from '../../../shared/api/names';
import type { AuditEntry } from '../../../shared/api/audit';
import type { Assessment } from '../../../shared/domain/outcomes/assessment';
import type { z } from 'zod';
import type { CourseOutcomes as CourseOutcomesSchema } from '../../../shared/api/outcomes';
import { CASTRO_SANCHEZ_2011_TEMPLATE_ID } from '../db/migrations/003-clinical-records';
import { openTestClinic, type TestClinic } from '../../test-support/temp-db';

let clinic: TestClinic;
let clientId: string;
let courseId: string;

/** Through the runtime, as the app calls it: lock, contract, transaction and audit entry included. */
async function call<T>(name: CallName, input: unknown): Promise<T> {
  const result = await clinic.runtime.dispatch(name, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.value as T;
}

beforeEach(async () => {
  clinic = openTestClinic();
  await call('access.createProfile', { displayName: 'Lucía Gómez', passphrase: 'a long test passphrase' });
  clientId = (
    await call<{ id: string }>('clients.create', {
      givenName: 'Ana',
      familyName: 'Ruiz',
      dateOfBirth: '1970-01-01',
    })
  ).id;
  const template = clinic.call('templates.list', {}).find((t) => t.id === CASTRO_SANCHEZ_2011_TEMPLATE_ID)!;
  courseId = (
    await call<{ id: string }>('courses.create', {
      clientId,
      templateId: template.id,
      name: template.name,
      startDate: '2026-02-02',
      sessionTime: '10:00',
      sessionCount: template.sessionCount,
      intervalDays: template.intervalDays,
      sessionMinutes: template.sessionMinutes,
      assessments: template.assessments,
    })
  ).id;
});
afterEach(() => clinic.close());

type CourseOutcomes = z.infer<typeof CourseOutcomesSchema>;

const painAssessment = (takenOn: string, current: number, coursePosition: number | null = null) =>
  call<Assessment>('assessments.record', {
    clientId,
    courseId,
    coursePosition,
    takenOn,
    pain: { current },
  });

async function auditEntryOf(name: CallName): Promise<AuditEntry> {
  const log = await call<AuditEntry[]>('audit.list', { limit: 100 });
  return log.find((entry) => entry.call === name)!;
}

describe('correcting an assessment', () => {
  it('rescores it and keeps the reason in the audit entry', async () => {
    const wrong = await painAssessment('2026-02-02', 3, 0);
    const corrected = await call<Assessment>('assessments.correct', {
      id: wrong.id,
      coursePosition: 0,
      takenOn: '2026-02-02',
      pain: { current: 7 },
      reason: 'Typed 3 for 7: the client said seven',
    });
    expect(corrected).toMatchObject({ id: wrong.id, clientId, courseId, pain: { current: 7 } });
    expect(corrected.measures).toEqual([
      { kind: 'pain_current', instrument: '', score: 7, lowerIsBetter: true },
    ]);
    expect(await auditEntryOf('assessments.correct')).toMatchObject({
      action: 'changed',
      recordIds: expect.arrayContaining([wrong.id]),
      reason: 'Typed 3 for 7: the client said seven',
    });
    const verdict = await call<{ intact: boolean }>('audit.verify', {});
    expect(verdict.intact).toBe(true);
  });

  it('refuses a correction without a reason, and changes nothing', async () => {
    const wrong = await painAssessment('2026-02-02', 3);
    await expect(
      call('assessments.correct', {
        id: wrong.id,
        takenOn: '2026-02-02',
        pain: { current: 7 },
        reason: '  ',
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(clinic.call('assessments.list', { clientId })[0]!.pain).toMatchObject({ current: 3 });
  });

  it('moves an extra assessment onto the scheduled baseline, but not onto a point already recorded', async () => {
    const extra = await painAssessment('2026-02-02', 6);
    await call('assessments.correct', {
      id: extra.id,
      coursePosition: 0,
      takenOn: '2026-02-02',
      pain: { current: 6 },
      reason: 'Recorded as extra by mistake: it is the baseline',
    });
    expect(clinic.call('outcomes.course', { courseId }).schedule[0]).toMatchObject({
      label: 'Baseline',
      status: 'done',
      assessmentId: extra.id,
    });
    const other = await painAssessment('2026-02-03', 5);
    await expect(
      call('assessments.correct', {
        id: other.id,
        coursePosition: 0,
        takenOn: '2026-02-03',
        pain: { current: 5 },
        reason: 'Wrong point',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('deleting an assessment', () => {
  it('removes it and its scores, and keeps the reason in the audit entry', async () => {
    const wrong = await painAssessment('2026-02-02', 3);
    await call('assessments.delete', { id: wrong.id, reason: 'Recorded on the wrong client' });
    expect(clinic.call('assessments.list', { clientId })).toEqual([]);
    expect(clinic.db.prepare('SELECT count(*) FROM outcome_measures').pluck().get()).toBe(0);
    expect(await auditEntryOf('assessments.delete')).toMatchObject({
      action: 'deleted',
      recordIds: [wrong.id],
      reason: 'Recorded on the wrong client',
    });
  });

  it('refuses a deletion without a reason', async () => {
    const wrong = await painAssessment('2026-02-02', 3);
    await expect(call('assessments.delete', { id: wrong.id, reason: '' })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    expect(clinic.call('assessments.list', { clientId })).toHaveLength(1);
  });
});

describe('choosing a course’s baseline', () => {
  it('measures baseline against latest from the chosen one instead of the first', async () => {
    // A mistaken extra assessment first (pain 2), then the real baseline (8), then the latest (5).
    const mistaken = await painAssessment('2026-02-02', 2);
    const real = await painAssessment('2026-02-03', 8);
    await painAssessment('2026-02-27', 5);
    const painTrend = (outcomes: CourseOutcomes) => outcomes.trends.find((t) => t.key === 'pain_current')!;
    const before = await call<CourseOutcomes>('outcomes.course', { courseId });
    expect(before.baselineAssessmentId).toBe(mistaken.id);
    expect(painTrend(before).points.map((p) => p.value)).toEqual([2, 8, 5]);
    expect(painTrend(before).points.at(-1)!.change).toBe('worsened');

    await call('assessments.makeBaseline', { id: real.id });
    const after = await call<CourseOutcomes>('outcomes.course', { courseId });
    expect(after.baselineAssessmentId).toBe(real.id);
    expect(painTrend(after).points.map((p) => p.value)).toEqual([8, 5]);
    expect(painTrend(after).points.at(-1)!.change).toBe('improved');
    expect(await auditEntryOf('assessments.makeBaseline')).toMatchObject({
      action: 'changed',
      recordIds: expect.arrayContaining([real.id]),
    });

    // Deleting the chosen baseline falls back to the first by date.
    await call('assessments.delete', { id: real.id, reason: 'Duplicate' });
    expect((await call<CourseOutcomes>('outcomes.course', { courseId })).baselineAssessmentId).toBe(
      mistaken.id,
    );
  });

  it('refuses an assessment outside any course', async () => {
    const single = await call<Assessment>('assessments.record', {
      clientId,
      takenOn: '2026-02-02',
      pain: { current: 4 },
    });
    await expect(call('assessments.makeBaseline', { id: single.id })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });
});
