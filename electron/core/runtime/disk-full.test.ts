import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder, openTestRuntime } from '../../test-support/temp-db';
import type { ClinicRuntime } from './clinic-runtime';

const PASS = 'a long clinic passphrase';
const START = new Date('2026-03-02T09:30:00Z').getTime();

let folder: ReturnType<typeof tempFolder>;
let file: string;
let runtime: ClinicRuntime;
let seconds = 0;
let therapist = '';
let clientId = '';
const call = (name: string, input: unknown = {}) => runtime.dispatch(name, input);
const count = (table: string) =>
  runtime.db().prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
/** Moves the clock on a second (short of the idle lock) and says when it now is. */
const tick = () => {
  seconds += 1;
  return new Date(START + seconds * 1000).toISOString();
};

interface Logged {
  seq: number;
  call: string;
  at: string;
  recordIds: string[];
}
async function auditLog(): Promise<Logged[]> {
  const result = await call('audit.list', { limit: 500 });
  return result.ok ? (result.value as Logged[]).reverse() : [];
}

/**
 * A full disk, for real: SQLite refuses with SQLITE_FULL any write that needs a page beyond
 * `max_page_count`, set here to the file's size on the runtime's own connection. The pages still
 * have room, so views are made until the disk refuses one's entry: from then on every entry (the
 * refused one goes first) needs a page that is not there.
 */
async function fillTheDisk(): Promise<string> {
  const pages = runtime.db().pragma('page_count', { simple: true }) as number;
  runtime.db().pragma(`max_page_count = ${pages}`);
  for (let view = 0; view < 1000; view += 1) {
    const before = count('audit_log');
    const when = tick();
    await call('clients.get', { id: clientId });
    if (count('audit_log') === before) return when;
  }
  throw new Error('the disk never filled');
}
const freeSomeSpace = () => runtime.db().pragma('max_page_count = 1073741823');

beforeEach(async () => {
  folder = tempFolder();
  file = join(folder.path, 'fasciamap.sqlite');
  seconds = 0;
  runtime = openTestRuntime(file, () => new Date(START + seconds * 1000));
  const made = await call('access.createProfile', { displayName: 'Ana', passphrase: PASS });
  therapist = made.ok ? (made.value as { id: string }).id : '';
  const client = await call('clients.create', {
    givenName: 'Maribel',
    familyName: 'Castro',
    dateOfBirth: '1971-04-23',
  });
  clientId = client.ok ? (client.value as { id: string }).id : '';
});
afterEach(() => {
  runtime.close();
  folder.remove();
});

describe('a full disk', () => {
  it('leaves the app locked when unlocking cannot be audited, with nothing half-written', async () => {
    await fillTheDisk();
    tick();
    await call('access.lock');
    expect(await call('access.status')).toMatchObject({ value: { state: 'locked' } });
    const entries = count('audit_log');

    tick();
    const unlock = await call('access.unlock', { profileId: therapist, passphrase: PASS });
    expect(unlock).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    const message = unlock.ok ? '' : unlock.error.message;
    expect(message).toContain(dirname(file));
    expect(message).toContain('nothing was saved');
    expect(message).not.toMatch(/SQLITE|database or disk/);
    expect(await call('access.status')).toMatchObject({ value: { state: 'locked', current: null } });
    expect(await call('clients.list')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(count('audit_log')).toBe(entries);

    freeSomeSpace();
    tick();
    expect((await call('access.unlock', { profileId: therapist, passphrase: PASS })).ok).toBe(true);
    const tail = (await auditLog()).slice(-3).map((entry) => entry.call);
    expect(tail).toEqual(['clients.get', 'access.lock', 'access.unlock']);
    expect(await call('audit.verify')).toMatchObject({ value: { intact: true } });
  });

  it('refuses a change with DISK_FULL, sync or async, and changes nothing', async () => {
    await fillTheDisk();
    const clients = count('clients');
    const created = await call('clients.create', {
      givenName: 'Bea',
      familyName: 'Ruiz',
      dateOfBirth: '1980-01-01',
    });
    expect(created).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    const profile = await call('access.createProfile', {
      displayName: 'Eva',
      passphrase: 'another long passphrase',
    });
    expect(profile).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });

    expect(count('clients')).toBe(clients);
    expect(count('profiles')).toBe(1);
    // Still the first therapist's session: the refused profile did not take it over.
    expect(await call('access.status')).toMatchObject({ value: { current: { id: therapist } } });
  });

  it('still answers views, and records them in order once space returns', async () => {
    const refusedWhileFilling = await fillTheDisk();
    const written = (await auditLog()).length;
    const viewed = tick();
    expect(await call('clients.get', { id: clientId })).toMatchObject({
      ok: true,
      value: { givenName: 'Maribel' },
    });
    tick();
    const unknown = await call('clients.get', { id: '00000000-0000-4000-8000-000000000bad' });
    expect(!unknown.ok && unknown.error.code).toBe('NOT_FOUND');
    const exported = tick();
    expect((await call('transfer.exportClient', { clientId, plain: true })).ok).toBe(true);
    expect((await auditLog()).length).toBe(written);

    freeSomeSpace();
    const changed = tick();
    const update = {
      id: clientId,
      givenName: 'Maribel',
      familyName: 'Castro López',
      dateOfBirth: '1971-04-23',
    };
    expect((await call('clients.update', update)).ok).toBe(true);
    const late = (await auditLog()).slice(written);
    // The view refused while filling, the two answered since (not the failed one), then the change.
    expect(late.map((entry) => [entry.call, entry.at])).toEqual([
      ['clients.get', refusedWhileFilling],
      ['clients.get', viewed],
      ['transfer.exportClient', exported],
      ['clients.update', changed],
    ]);
    expect(late.map((entry) => entry.seq)).toEqual([written + 1, written + 2, written + 3, written + 4]);
    expect(await call('audit.verify')).toMatchObject({ value: { intact: true, entries: written + 4 } });
  });
});
