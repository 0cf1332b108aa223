import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { tempFolder } from '../../../test-support/temp-db';
import { openClinicDatabase } from '../open';
import { clientSearchMigration } from './014-client-search';
import { MIGRATIONS } from './index';

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

const position = MIGRATIONS.indexOf(clientSearchMigration);

it('indexes the names of the clients already in the clinic, and answers from the index', () => {
  const file = join(folder.path, 'clinic.sqlite');
  const before = openClinicDatabase(file, { migrations: MIGRATIONS.slice(0, position) });
  before
    .prepare(
      `INSERT INTO clients (id, given_name, family_name, date_of_birth, created_at, updated_at)
       VALUES ('c1', 'Lucía', 'García', '1970-05-01', 't', 't'), ('c2', 'Ana', 'Ruiz', '1980-01-01', 't', 't')`,
    )
    .run();
  before.close();

  const db = openClinicDatabase(file, { migrations: MIGRATIONS.slice(0, position + 1) });
  const search = db.prepare('SELECT client_id FROM client_search WHERE client_search MATCH ?').pluck();
  expect(search.all('"garcia luc"')).toEqual(['c1']);
  expect(search.all('" ru"')).toEqual(['c2']);
  const plan = db
    .prepare("EXPLAIN QUERY PLAN SELECT client_id FROM client_search WHERE client_search MATCH 'ruiz'")
    .all() as { detail: string }[];
  expect(plan.map((step) => step.detail).join(' ')).toMatch(/VIRTUAL TABLE INDEX/);
  db.close();
});
