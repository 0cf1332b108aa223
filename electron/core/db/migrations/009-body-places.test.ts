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

describe('migration 9: places on the body', () => {
  it('keeps the old areas-to-avoid text as the note of a place still to be placed', () => {
    const file = join(folder.path, 'clinic.sqlite');
    const before = openClinicDatabase(file, { migrations: MIGRATIONS.slice(0, 8) });
    const insert = before.prepare(
      `INSERT INTO clients (id, given_name, family_name, date_of_birth, areas_to_avoid, created_at, updated_at)
       VALUES (?, 'Ingrid', 'Halvorsen', '1978-03-14', ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
    );
    insert.run('c1', 'Front of neck, RUQ scar, "shins"');
    insert.run('c2', '  ');
    before
      .prepare(
        `INSERT INTO client_contraindications (client_id, position, code, name, note, absolute)
         VALUES ('c1', 0, 'recent-surgery', 'Recent surgery', 'Cholecystectomy', 0)`,
      )
      .run();
    before
      .prepare(
        `INSERT INTO sessions (id, client_id, starts_at, planned_minutes, status, soreness, flare, created_at, updated_at)
         VALUES ('s1', 'c1', '2026-02-23T10:00', 60, 'completed', 'moderate', 1, '2026-02-23T11:00:00Z', '2026-02-23T11:00:00Z')`,
      )
      .run();
    before.close();

    const db = openClinicDatabase(file, { migrations: MIGRATIONS.slice(0, 9) });
    const areas = db.prepare('SELECT id, areas_to_avoid FROM clients ORDER BY id').all() as {
      id: string;
      areas_to_avoid: string;
    }[];
    expect(areas.map((row) => [row.id, JSON.parse(row.areas_to_avoid)])).toEqual([
      ['c1', [{ regions: [], note: 'Front of neck, RUQ scar, "shins"' }]],
      ['c2', []],
    ]);
    expect(db.prepare('SELECT note, regions FROM client_contraindications').get()).toEqual({
      note: 'Cholecystectomy',
      regions: '[]',
    });
    expect(db.prepare('SELECT soreness, flare, soreness_regions FROM sessions').get()).toEqual({
      soreness: 'moderate',
      flare: 1,
      soreness_regions: '[]',
    });
    db.close();
  });
});
