import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { tempFolder } from '../../../test-support/temp-db';
import { openClinicDatabase } from '../open';
import { clinicPhoneMigration } from './013-clinic-phone';
import { MIGRATIONS } from './index';

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

const position = MIGRATIONS.indexOf(clinicPhoneMigration);

it('keeps the clinic’s details, gives it no phone number yet, and refuses one too long to print', () => {
  const file = join(folder.path, 'clinic.sqlite');
  const before = openClinicDatabase(file, { migrations: MIGRATIONS.slice(0, position) });
  before
    .prepare("UPDATE clinic_settings SET clinic_name = 'Calma', therapist_name = 'Ana' WHERE id = 1")
    .run();
  before.close();

  const db = openClinicDatabase(file, { migrations: MIGRATIONS.slice(0, position + 1) });
  expect(db.prepare('SELECT clinic_name, therapist_name, clinic_phone FROM clinic_settings').get()).toEqual({
    clinic_name: 'Calma',
    therapist_name: 'Ana',
    clinic_phone: '',
  });
  expect(() => db.prepare(`UPDATE clinic_settings SET clinic_phone = '${'1'.repeat(41)}'`).run()).toThrow(
    /CHECK/,
  );
  db.close();
});
