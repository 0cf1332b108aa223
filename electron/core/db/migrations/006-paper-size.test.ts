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

describe('migration 6: paper size', () => {
  it('keeps the clinic’s details and starts it on A4', () => {
    const file = join(folder.path, 'clinic.sqlite');
    const before = openClinicDatabase(file, { migrations: MIGRATIONS.slice(0, 5) });
    before
      .prepare("UPDATE clinic_settings SET clinic_name = 'Calma', therapist_name = 'Ana' WHERE id = 1")
      .run();
    before.close();

    const db = openClinicDatabase(file, { migrations: MIGRATIONS.slice(0, 6) });
    expect(db.prepare('SELECT clinic_name, therapist_name, paper_size FROM clinic_settings').get()).toEqual({
      clinic_name: 'Calma',
      therapist_name: 'Ana',
      paper_size: 'a4',
    });
    db.close();
  });

  it('accepts US Letter and refuses a paper it cannot lay out', () => {
    const db = openClinicDatabase(join(folder.path, 'clinic.sqlite'), { migrations: MIGRATIONS.slice(0, 6) });
    db.prepare("UPDATE clinic_settings SET paper_size = 'letter'").run();
    expect(() => db.prepare("UPDATE clinic_settings SET paper_size = 'a3'").run()).toThrow(
      /CHECK constraint/,
    );
    db.close();
  });
});
