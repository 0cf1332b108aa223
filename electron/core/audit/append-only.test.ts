import { join } from 'node:path';
import { openDatabase } from '../db/connection';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClinicRuntime } from '../runtime/clinic-runtime';
import { tempFolder, openTestRuntime } from '../../test-support/temp-db';

let folder: ReturnType<typeof tempFolder>;
let file: string;
let runtime: ClinicRuntime;
const PASS = 'a long clinic passphrase';

const open = () => openTestRuntime(file, () => new Date('2026-03-02T09:30:00Z'));
const call = (name: string, input: unknown = {}) => runtime.dispatch(name, input);

/** Someone with the file, and another SQLite tool, between two runs of the app. */
function tamper(sql: string): void {
  runtime.close();
  const raw = openDatabase(file);
  raw.exec(sql);
  raw.close();
  runtime = open();
}

const triggers = () =>
  runtime
    .db()
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log' ORDER BY name")
    .pluck()
    .all();
const newestEntry = () => runtime.db().prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1').get();
const entryCount = () => runtime.db().prepare('SELECT count(*) FROM audit_log').pluck().get() as number;

beforeEach(async () => {
  folder = tempFolder();
  file = join(folder.path, 'fasciamap.sqlite');
  runtime = open();
  await call('access.createProfile', { displayName: 'Ana', passphrase: PASS });
  await call('clients.create', { givenName: 'Maribel', familyName: 'Castro', dateOfBirth: '1971-04-23' });
});
afterEach(() => {
  runtime.close();
  folder.remove();
});

describe('the audit log’s append-only triggers, checked at every start', () => {
  it('are put back when dropped behind the app’s back, and an entry records it', async () => {
    const before = entryCount();
    tamper('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');

    expect(triggers()).toEqual(['audit_log_no_delete', 'audit_log_no_update']);
    expect(() => runtime.db().prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => runtime.db().prepare("UPDATE audit_log SET call = 'x'").run()).toThrow(/append-only/);
    expect(entryCount()).toBe(before + 1);
    expect(newestEntry()).toMatchObject({ call: 'audit.restoreGuards', action: 'changed', profile_id: null });
    await unlock();
    expect(await call('audit.verify')).toMatchObject({ value: { intact: true } });
  });

  it('replace a guard rewritten to do nothing, and remove a trigger that would swallow new entries', async () => {
    tamper(`
      DROP TRIGGER audit_log_no_delete;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT 1; END;
      CREATE TRIGGER audit_log_quiet BEFORE INSERT ON audit_log BEGIN SELECT RAISE(IGNORE); END;
    `);
    expect(triggers()).toEqual(['audit_log_no_delete', 'audit_log_no_update']);
    expect(() => runtime.db().prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);

    const before = entryCount();
    await unlock();
    expect(entryCount()).toBe(before + 1);
  });

  it('add nothing to a log whose triggers are as they should be', () => {
    const before = entryCount();
    tamper('SELECT 1');
    expect(entryCount()).toBe(before);
  });
});

async function unlock(): Promise<void> {
  const profileId = runtime.db().prepare('SELECT id FROM profiles').pluck().get();
  const result = await call('access.unlock', { profileId, passphrase: PASS });
  if (!result.ok) throw new Error(result.error.message);
}
