import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { tempFolder } from '../../../test-support/temp-db';
import { openClinicDatabase } from '../open';
import { MIGRATIONS } from './index';

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

const flag = (zoneId: string, reason: string) => ({
  key: `${zoneId}|tolerance|default`,
  zoneId,
  kind: 'tolerance',
  reason,
});

it('turns the acknowledgements kept on each start into rows: the signer’s where signed, else "not recorded"', () => {
  const file = join(folder.path, 'clinic.sqlite');
  const before = openClinicDatabase(file, { migrations: MIGRATIONS.slice(0, 7) });
  before
    .prepare(
      "INSERT INTO clients (id, given_name, family_name, date_of_birth, created_at, updated_at) VALUES ('c', 'Ana', 'Ruiz', '1970-05-01', 't', 't')",
    )
    .run();
  const session = before.prepare(
    `INSERT INTO sessions (id, client_id, starts_at, planned_minutes, status, signed_by, created_at, updated_at)
     VALUES (?, 'c', '2026-03-02T08:00', 60, ?, ?, 't', 't')`,
  );
  session.run('signed', 'signed', 'Lucía Gómez');
  session.run('open', 'in_progress', null);
  const start = before.prepare(
    'INSERT INTO session_starts (session_id, started_at, acknowledged) VALUES (?, ?, ?)',
  );
  start.run(
    'signed',
    '2026-03-02T08:05:00.000Z',
    JSON.stringify([flag('z1', 'firm is above'), flag('z2', 'deep is above')]),
  );
  start.run('open', '2026-03-02T09:05:00.000Z', JSON.stringify([flag('z3', 'firm is above')]));
  before.close();

  const db = openClinicDatabase(file, { migrations: MIGRATIONS.slice(0, 8) });
  expect(
    db
      .prepare(
        'SELECT session_id, flag_key, zone_id, kind, reason, by_profile_id, by_name, acknowledged_at FROM flag_acknowledgements ORDER BY flag_key',
      )
      .all(),
  ).toEqual([
    {
      session_id: 'signed',
      flag_key: 'z1|tolerance|default',
      zone_id: 'z1',
      kind: 'tolerance',
      reason: 'firm is above',
      by_profile_id: null,
      by_name: 'Lucía Gómez',
      acknowledged_at: '2026-03-02T08:05:00.000Z',
    },
    expect.objectContaining({
      session_id: 'signed',
      flag_key: 'z2|tolerance|default',
      by_name: 'Lucía Gómez',
    }),
    expect.objectContaining({
      session_id: 'open',
      flag_key: 'z3|tolerance|default',
      by_profile_id: null,
      by_name: 'not recorded',
      acknowledged_at: '2026-03-02T09:05:00.000Z',
    }),
  ]);
  expect(db.prepare('SELECT * FROM session_starts ORDER BY session_id').all()).toEqual([
    { session_id: 'open', started_at: '2026-03-02T09:05:00.000Z' },
    { session_id: 'signed', started_at: '2026-03-02T08:05:00.000Z' },
  ]);
  db.close();
});

it('keeps every zone run, none of them marked interrupted', () => {
  const file = join(folder.path, 'clinic.sqlite');
  const before = openClinicDatabase(file, { migrations: MIGRATIONS.slice(0, 7) });
  before.exec(`
    INSERT INTO clients (id, given_name, family_name, date_of_birth, created_at, updated_at) VALUES ('c', 'Ana', 'Ruiz', '1970-05-01', 't', 't');
    INSERT INTO sessions (id, client_id, starts_at, planned_minutes, status, created_at, updated_at)
      VALUES ('s', 'c', '2026-03-02T08:00', 60, 'completed', 't', 't');
    INSERT INTO treatment_zones (id, session_id, position, body, created_at, updated_at) VALUES ('z', 's', 0, '{}', 't', 't');
    INSERT INTO zone_runs (zone_id, hold_seconds, recorded_at) VALUES ('z', 245, 't');
  `);
  before.close();
  const db = openClinicDatabase(file, { migrations: MIGRATIONS.slice(0, 8) });
  expect(db.prepare('SELECT zone_id, hold_seconds, interrupted FROM zone_runs').all()).toEqual([
    { zone_id: 'z', hold_seconds: 245, interrupted: 0 },
  ]);
  db.close();
});
