import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditLine } from '../../../shared/api/audit';
import { startOfLocalDay } from '../../../shared/domain/dates';
import { openTestRuntime, tempFolder } from '../../test-support/temp-db';
import type { ClinicRuntime } from '../runtime/clinic-runtime';

let folder: ReturnType<typeof tempFolder>;
let runtime: ClinicRuntime;
/** The clinic's wall clock: each day of the test is set on it before its calls. */
let moment = startOfLocalDay('2026-03-02');
const onDay = (date: string, hour: number) => {
  moment = new Date(startOfLocalDay(date).getTime() + hour * 3_600_000);
};

async function ok<T>(name: string, input: unknown = {}): Promise<T> {
  const result = await runtime.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}
const search = (filter: Record<string, unknown>) =>
  ok<{ lines: AuditLine[]; nextBeforeSeq: number | null }>('audit.search', filter);
const newClient = (givenName: string) =>
  ok<{ id: string }>('clients.create', { givenName, familyName: 'Castro', dateOfBirth: '1971-04-23' });

let ana = '';
let luis = '';
let maribel = '';
let rosa = '';
let session = '';

/**
 * On 2 March Ana creates Maribel and a session for her; on 3 March Luis creates Rosa and views
 * Maribel's session; on 4 March Ana views Rosa. Each new day finds the app locked for being idle.
 */
beforeEach(async () => {
  folder = tempFolder();
  runtime = openTestRuntime(join(folder.path, 'clinic.sqlite'), () => moment);
  onDay('2026-03-02', 9);
  ana = (
    await ok<{ id: string }>('access.createProfile', {
      displayName: 'Ana Ruiz',
      passphrase: 'ana’s long passphrase',
    })
  ).id;
  luis = (
    await ok<{ id: string }>('access.createProfile', {
      displayName: 'Luis Pardo',
      passphrase: 'luis’s long passphrase',
    })
  ).id;
  maribel = (await newClient('Maribel')).id;
  session = (
    await ok<{ id: string }>('sessions.create', {
      clientId: maribel,
      startsAt: '2026-03-02T10:00',
      plannedMinutes: 60,
    })
  ).id;
  onDay('2026-03-03', 9);
  await ok('access.unlock', { profileId: luis, passphrase: 'luis’s long passphrase' });
  rosa = (await newClient('Rosa')).id;
  await ok('sessions.get', { id: session });
  onDay('2026-03-04', 9);
  await ok('access.unlock', { profileId: ana, passphrase: 'ana’s long passphrase' });
  await ok('clients.get', { id: rosa });
});
afterEach(() => {
  runtime.close();
  folder.remove();
});

const described = (lines: AuditLine[]) =>
  lines.map((line) => [line.therapist?.displayName ?? null, line.description, line.clients]);

describe('the audit log as the clinic reads it', () => {
  it('reads newest first with names and actions in words', async () => {
    const { lines } = await search({ limit: 3 });
    expect(described(lines)).toEqual([
      ['Ana Ruiz', 'Viewed a client record', ['Rosa Castro']],
      ['Ana Ruiz', 'Unlocked FasciaMap', []],
      ['Luis Pardo', 'Locked FasciaMap (idle)', []],
    ]);
  });

  it('filters by client, including the records of theirs an entry names', async () => {
    const { lines } = await search({ clientId: maribel });
    expect(described(lines)).toEqual([
      ['Luis Pardo', 'Viewed a session', ['Maribel Castro']],
      ['Ana Ruiz', 'Created a session', ['Maribel Castro']],
      ['Ana Ruiz', 'Created a client record', ['Maribel Castro']],
    ]);
  });

  it('filters by therapist and action together', async () => {
    const { lines } = await search({ profileId: luis, action: 'created' });
    expect(described(lines)).toEqual([['Luis Pardo', 'Created a client record', ['Rosa Castro']]]);
  });

  it('filters by local days, the last one included', async () => {
    const { lines } = await search({
      from: startOfLocalDay('2026-03-03').toISOString(),
      until: startOfLocalDay('2026-03-04').toISOString(),
    });
    expect(described(lines)).toEqual([
      ['Luis Pardo', 'Viewed a session', ['Maribel Castro']],
      ['Luis Pardo', 'Created a client record', ['Rosa Castro']],
      ['Luis Pardo', 'Unlocked FasciaMap', []],
      ['Ana Ruiz', 'Locked FasciaMap (idle)', []],
    ]);
  });

  it('pages back through older entries until none are left', async () => {
    const first = await search({ profileId: ana, limit: 2 });
    expect(first.nextBeforeSeq).toBe(first.lines[1]!.seq);
    const seen = [...first.lines];
    let before = first.nextBeforeSeq;
    while (before !== null) {
      const page = await search({ profileId: ana, limit: 2, beforeSeq: before });
      seen.push(...page.lines);
      before = page.nextBeforeSeq;
    }
    const seqs = seen.map((line) => line.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(seen.every((line) => line.therapist?.id === ana)).toBe(true);
  });

  it('records reading the log, filtered by a client, as a view of that client', async () => {
    await search({ clientId: rosa });
    const [newest] = (await search({ limit: 1 })).lines;
    expect(newest).toMatchObject({ call: 'audit.search', action: 'viewed', clients: ['Rosa Castro'] });
  });

  it('exports the filtered entries as CSV, and the export is itself logged', async () => {
    const file = await ok<{ fileName: string; mediaType: string; content: string }>('audit.export', {
      clientId: maribel,
    });
    expect(file).toMatchObject({ fileName: 'fasciamap-audit-log-2026-03-04.csv', mediaType: 'text/csv' });
    const rows = file.content.trimEnd().split('\r\n');
    expect(rows[0]).toBe('seq,local_time,utc,therapist,action,description,clients,call');
    expect(rows.slice(1).map((row) => row.split(',').slice(3, 7))).toEqual([
      ['Luis Pardo', 'viewed', 'Viewed a session', 'Maribel Castro'],
      ['Ana Ruiz', 'created', 'Created a session', 'Maribel Castro'],
      ['Ana Ruiz', 'created', 'Created a client record', 'Maribel Castro'],
    ]);
    expect(rows[rows.length - 1]!.split(',')[1]).toBe('2026-03-02 09:00');
    const [newest] = (await search({ limit: 1 })).lines;
    expect(newest).toMatchObject({ call: 'audit.export', action: 'exported', clients: ['Maribel Castro'] });
  });

  it('refuses a filter that is not a record id or an action', async () => {
    const result = await runtime.dispatch('audit.search', { clientId: 'Maribel', action: 'peeked' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
