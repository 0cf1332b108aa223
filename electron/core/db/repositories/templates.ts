import type { AssessmentPoint, ProtocolTemplate } from '../../../../shared/domain/course';
import type { ClinicDatabase } from '../open';

interface TemplateRow {
  id: string;
  name: string;
  description: string;
  session_count: number | null;
  interval_days: number;
  session_minutes: number;
  assessments: string;
  created_at: string;
  updated_at: string;
}

function toTemplate(row: TemplateRow): ProtocolTemplate {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    sessionCount: row.session_count,
    intervalDays: row.interval_days,
    sessionMinutes: row.session_minutes,
    assessments: JSON.parse(row.assessments) as AssessmentPoint[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listTemplates(db: ClinicDatabase): ProtocolTemplate[] {
  return (
    db.prepare('SELECT * FROM protocol_templates ORDER BY name COLLATE NOCASE').all() as TemplateRow[]
  ).map(toTemplate);
}

export function findTemplate(db: ClinicDatabase, id: string): ProtocolTemplate | undefined {
  const row = db.prepare('SELECT * FROM protocol_templates WHERE id = ?').get(id) as TemplateRow | undefined;
  return row && toTemplate(row);
}

/** Inserts or replaces a template by id. */
export function saveTemplate(db: ClinicDatabase, template: ProtocolTemplate): void {
  db.prepare(
    `INSERT INTO protocol_templates
       (id, name, description, session_count, interval_days, session_minutes, assessments, created_at, updated_at)
     VALUES (@id, @name, @description, @sessionCount, @intervalDays, @sessionMinutes, @assessments, @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description,
       session_count = excluded.session_count, interval_days = excluded.interval_days,
       session_minutes = excluded.session_minutes, assessments = excluded.assessments, updated_at = excluded.updated_at`,
  ).run({ ...template, assessments: JSON.stringify(template.assessments) });
}
