import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { tempFolder } from '../../../test-support/temp-db';
import { openClinicDatabase } from '../open';
import { MIGRATIONS } from './index';
import { sessionLineMigration } from './015-session-line';

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

const position = MIGRATIONS.indexOf(sessionLineMigration);
const STAMP = '2026-03-01T09:00:00.000Z';

it('keeps every session, signed ones too, with no line chosen, and refuses a line id too long', () => {
  const file = join(folder.path, 'clinic.sqlite');
  const before = openClinicDatabase(file, { migrations: MIGRATIONS.slice(0, position) });
  before
    .prepare(
      `INSERT INTO clients (id, given_name, family_name, date_of_birth, created_at, updated_at)
       VALUES ('c1', 'Ingrid', 'Halvorsen', '1978-03-14', ?, ?)`,
    )
    .run(STAMP, STAMP);
  for (const [id, status] of [
    ['s1', 'completed'],
    ['s2', 'signed'],
  ]) {
    before
      .prepare(
        `INSERT INTO sessions (id, client_id, starts_at, planned_minutes, status, subjective, created_at, updated_at)
         VALUES (?, 'c1', '2026-03-01T10:00', 60, ?, 'Sore neck', ?, ?)`,
      )
      .run(id, status, STAMP, STAMP);
  }
  before.close();

  const db = openClinicDatabase(file, { migrations: MIGRATIONS.slice(0, position + 1) });
  expect(
    db.prepare('SELECT id, status, subjective, highlighted_line FROM sessions ORDER BY id').all(),
  ).toEqual([
    { id: 's1', status: 'completed', subjective: 'Sore neck', highlighted_line: null },
    { id: 's2', status: 'signed', subjective: 'Sore neck', highlighted_line: null },
  ]);
  expect(() =>
    db.prepare(`UPDATE sessions SET highlighted_line = '${'x'.repeat(81)}' WHERE id = 's1'`).run(),
  ).toThrow(/CHECK/);
  db.close();
});
