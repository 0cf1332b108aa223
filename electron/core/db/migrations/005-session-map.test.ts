import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { SEEDED_TECHNIQUES } from '../../../../shared/domain/plan/techniques';
import { tempFolder } from '../../../test-support/temp-db';
import { openClinicDatabase } from '../open';
import { MIGRATIONS } from './index';

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

it('adds the plan tables and seeds the technique catalogue in order', () => {
  const db = openClinicDatabase(join(folder.path, 'v5.sqlite'), { migrations: MIGRATIONS.slice(0, 5) });
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  expect(tables).toEqual(
    expect.arrayContaining(['findings', 'treatment_zones', 'session_starts', 'zone_runs', 'techniques']),
  );
  const names = db.prepare('SELECT name FROM techniques ORDER BY position').pluck().all();
  expect(names).toEqual(SEEDED_TECHNIQUES.map((technique) => technique.name));
  db.close();
});
