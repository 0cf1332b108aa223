import type { ClinicDatabase } from '../db/open';
import type { Row } from './tables';

/**
 * What each CSV holds: sessions as stored, and outcomes one measure a line with its assessment's
 * client, course and date, the shape a spreadsheet or statistics package wants.
 */
const CSV_QUERIES = {
  sessions: 'SELECT * FROM sessions ORDER BY starts_at, id',
  outcomes: `SELECT a.client_id, a.course_id, a.taken_on, m.assessment_id, m.position, m.kind, m.instrument,
                    m.score, m.lower_is_better
             FROM outcome_measures m JOIN outcome_assessments a ON a.id = m.assessment_id
             ORDER BY a.taken_on, m.assessment_id, m.position`,
} as const;

/**
 * RFC 4180 CSV. A text cell starting with = + - @ (or a tab/CR) is prefixed with ' so a spreadsheet
 * shows it instead of running it as a formula (CSV injection).
 */
export function toCsv(columns: string[], rows: Row[]): string {
  const cell = (value: unknown): string => {
    if (value === null || value === undefined) return '';
    if (Buffer.isBuffer(value)) return value.toString('base64');
    let text = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [
    columns.map(cell).join(','),
    ...rows.map((row) => columns.map((c) => cell(row[c])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** The CSV, or undefined when this clinic's schema has no such tables. */
export function tableCsv(db: ClinicDatabase, kind: keyof typeof CSV_QUERIES): string | undefined {
  let statement;
  try {
    statement = db.prepare(CSV_QUERIES[kind]);
  } catch {
    return undefined;
  }
  const columns = statement.columns().map((column) => column.name);
  return toCsv(columns, statement.all() as Row[]);
}
