import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { tempFolder } from '../../../test-support/temp-db';
import { openClinicDatabase } from '../open';
import { bodySizeMigration } from './012-body-size';
import { MIGRATIONS } from './index';

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

const position = MIGRATIONS.indexOf(bodySizeMigration);

it('leaves the clients already kept unmeasured, and refuses a size no adult has', () => {
  const file = join(folder.path, 'clinic.sqlite');
  const before = openClinicDatabase(file, { migrations: MIGRATIONS.slice(0, position) });
  before
    .prepare(
      "INSERT INTO clients (id, given_name, family_name, date_of_birth, created_at, updated_at) VALUES ('c', 'Ana', 'Ruiz', '1970-05-01', 't', 't')",
    )
    .run();
  before.close();

  const db = openClinicDatabase(file, { migrations: MIGRATIONS.slice(0, position + 1) });
  expect(db.prepare('SELECT height_cm, weight_kg, sex FROM clients').get()).toEqual({
    height_cm: null,
    weight_kg: null,
    sex: null,
  });
  expect(() => db.prepare("UPDATE clients SET height_cm = 1.65 WHERE id = 'c'").run()).toThrow(/CHECK/);
  expect(() => db.prepare("UPDATE clients SET sex = 'other' WHERE id = 'c'").run()).toThrow(/CHECK/);
  db.prepare("UPDATE clients SET height_cm = 165, weight_kg = 58.5, sex = 'female' WHERE id = 'c'").run();
  db.close();
});
