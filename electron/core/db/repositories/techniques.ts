import type { Technique } from '../../../../shared/domain/plan/techniques';
import type { ClinicDatabase } from '../open';

interface TechniqueRow {
  id: string;
  name: string;
  description: string;
  retired: 0 | 1;
}

const fromRow = (row: TechniqueRow): Technique => ({
  id: row.id,
  name: row.name,
  description: row.description,
  retired: row.retired === 1,
});

export function listTechniques(db: ClinicDatabase): Technique[] {
  return (db.prepare('SELECT * FROM techniques ORDER BY position').all() as TechniqueRow[]).map(fromRow);
}

export function findTechnique(db: ClinicDatabase, id: string): Technique | undefined {
  const row = db.prepare('SELECT * FROM techniques WHERE id = ?').get(id) as TechniqueRow | undefined;
  return row && fromRow(row);
}

export function insertTechnique(db: ClinicDatabase, technique: Technique): void {
  db.prepare(
    `INSERT INTO techniques (id, name, description, retired, position)
     VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM techniques))`,
  ).run(technique.id, technique.name, technique.description, technique.retired ? 1 : 0);
}

export function updateTechnique(db: ClinicDatabase, technique: Technique): void {
  db.prepare('UPDATE techniques SET name = ?, description = ?, retired = ? WHERE id = ?').run(
    technique.name,
    technique.description,
    technique.retired ? 1 : 0,
    technique.id,
  );
}
