import { openDatabase } from '../db/connection';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CASTRO_SANCHEZ_2011_TEMPLATE_ID } from '../db/migrations/003-clinical-records';
import { openTestClinic, type TestClinic } from '../../test-support/temp-db';

let clinic: TestClinic;
const call = (name: string, input: unknown = {}) => clinic.runtime.dispatch(name, input);
let therapist = '';

beforeEach(async () => {
  clinic = openTestClinic();
  const made = await call('access.createProfile', {
    displayName: 'Ana',
    passphrase: 'a long clinic passphrase',
  });
  therapist = made.ok ? (made.value as { id: string }).id : '';
});
afterEach(() => clinic.close());

async function newClient(givenName = 'Maribel'): Promise<string> {
  const result = await call('clients.create', { givenName, familyName: 'Castro', dateOfBirth: '1971-04-23' });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { id: string }).id;
}

const entries = async () => {
  const result = await call('audit.list', { limit: 500 });
  return result.ok
    ? (result.value as { call: string; action: string; recordIds: string[]; profileId: string }[])
    : [];
};

describe('the audit log', () => {
  it('records who created, viewed and exported which record, derived from the call alone', async () => {
    const id = await newClient();
    await call('clients.get', { id });
    await call('transfer.exportClient', { clientId: id, plain: true });
    const log = (await entries()).reverse();
    expect(log.map((entry) => [entry.call, entry.action])).toEqual([
      ['access.createProfile', 'created'],
      ['clients.create', 'created'],
      ['clients.get', 'viewed'],
      ['transfer.exportClient', 'exported'],
    ]);
    expect(log.slice(1).every((entry) => entry.recordIds.includes(id) && entry.profileId === therapist)).toBe(
      true,
    );
  });

  it('records the Today screen’s due assessments and a course’s outcomes as views, not changes', async () => {
    const clientId = await newClient();
    const templates = await call('templates.list');
    const template = (templates.ok ? (templates.value as { id: string; name: string }[]) : []).find(
      (item) => item.id === CASTRO_SANCHEZ_2011_TEMPLATE_ID,
    ) as unknown as Record<string, unknown>;
    const course = await call('courses.create', {
      clientId,
      templateId: template.id,
      name: template.name,
      startDate: '2026-03-02',
      sessionTime: '10:00',
      sessionCount: template.sessionCount,
      intervalDays: template.intervalDays,
      sessionMinutes: template.sessionMinutes,
      assessments: template.assessments,
    });
    const courseId = course.ok ? (course.value as { id: string }).id : '';
    expect((await call('assessments.due')).ok).toBe(true);
    expect((await call('outcomes.course', { courseId })).ok).toBe(true);
    const reads = (await entries()).filter((entry) =>
      ['assessments.due', 'outcomes.course'].includes(entry.call),
    );
    expect(reads.map((entry) => [entry.call, entry.action]).sort()).toEqual([
      ['assessments.due', 'viewed'],
      ['outcomes.course', 'viewed'],
    ]);
  });

  it('records nothing for a refused call', async () => {
    const before = (await entries()).length;
    await call('clients.create', { givenName: 42 });
    await call('clients.get', { id: '00000000-0000-4000-8000-00000000dead' });
    expect((await entries()).length).toBe(before);
  });

  it('verifies intact, and finds the first entry edited behind the app’s back', async () => {
    await newClient('Ana');
    await newClient('Bea');
    await newClient('Carmen');
    expect(await call('audit.verify')).toEqual({
      ok: true,
      value: { intact: true, entries: 4, firstBrokenSeq: null, cutOff: null },
    });

    // Someone with the file opens it in another tool, drops the guard and rewrites history.
    const raw = openDatabase(clinic.file);
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.prepare("UPDATE audit_log SET action = 'viewed' WHERE seq = 3").run();
    raw.close();

    expect(await call('audit.verify')).toEqual({
      ok: true,
      value: { intact: false, entries: 4, firstBrokenSeq: 3, cutOff: null },
    });
  });

  it('detects an entry deleted from the middle of the chain', async () => {
    await newClient('Ana');
    await newClient('Bea');
    const raw = openDatabase(clinic.file);
    raw.exec('DROP TRIGGER audit_log_no_delete');
    raw.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    raw.close();
    expect(await call('audit.verify')).toMatchObject({ value: { intact: false, firstBrokenSeq: 3 } });
  });

  it('refuses UPDATE and DELETE through SQL', () => {
    expect(() => clinic.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => clinic.db.prepare("UPDATE audit_log SET call = 'x'").run()).toThrow(/append-only/);
  });
});
