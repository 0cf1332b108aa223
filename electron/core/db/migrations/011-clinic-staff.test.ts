import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../../../test-support/temp-db';
import { openClinicDatabase } from '../open';
import { MIGRATIONS } from './index';

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

/** Where this migration stands in the list, so the test follows it if the list is renumbered. */
const position = MIGRATIONS.findIndex((migration) => migration.name === 'clinic-staff');
const CLIENT = '0b0e7f5e-2c55-4c8e-9f43-6d1b2f0a4e11';

describe('migration 11: clinic staff, algometer unit and the audit log by record', () => {
  it('keeps profiles active, starts on kgf, and indexes the entries already logged by record', () => {
    const file = join(folder.path, 'clinic.sqlite');
    const before = openClinicDatabase(file, { migrations: MIGRATIONS.slice(0, position) });
    before.prepare("INSERT INTO profiles VALUES ('p1', 'Ana', 'scrypt$x', '2026-03-02T09:00:00.000Z')").run();
    before
      .prepare(
        `INSERT INTO audit_log (seq, at, profile_id, call, action, record_ids, prev_hash, hash) VALUES (1, '2026-03-02T09:00:00.000Z', 'p1', 'clients.get', 'viewed', ?, '', 'h1'),
                                      (2, '2026-03-02T09:01:00.000Z', 'p1', 'access.lock', 'locked', '[]', 'h1', 'h2')`,
      )
      .run(JSON.stringify([CLIENT]));
    before.close();

    const db = openClinicDatabase(file, { migrations: MIGRATIONS.slice(0, position + 1) });
    expect(db.prepare('SELECT id, deactivated_at FROM profiles').all()).toEqual([
      { id: 'p1', deactivated_at: null },
    ]);
    expect(db.prepare('SELECT algometer_unit FROM clinic_settings').pluck().get()).toBe('kgf');
    expect(db.prepare('SELECT seq, record_id FROM audit_record_ids').all()).toEqual([
      { seq: 1, record_id: CLIENT },
    ]);
    expect(() => db.prepare("UPDATE clinic_settings SET algometer_unit = 'psi'").run()).toThrow(
      /CHECK constraint/,
    );
    db.close();
  });
});
