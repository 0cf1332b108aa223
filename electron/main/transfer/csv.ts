import { quoteName, type Row } from './tables';
import type { ClinicDatabase } from '../db/open';

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

export function tableCsv(db: ClinicDatabase, table: string): string | undefined {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
  if (!exists) return undefined;
  const columns = (db.pragma(`table_info(${quoteName(table)})`) as { name: string }[]).map((c) => c.name);
  return toCsv(columns, db.prepare(`SELECT * FROM ${quoteName(table)}`).all() as Row[]);
}
