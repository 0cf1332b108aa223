import { ApiFailure } from '../../../shared/api/errors';
import { fieldIssues } from '../../../shared/api/issues';
import { openDatabase, type Connection } from '../db/connection';
import { MIGRATIONS, SCHEMA_VERSION } from '../db/migrations';
import type { ClinicDatabase } from '../db/open';
import { EXPORT_FORMAT_VERSION, ExportDocument } from './format';
import { columnsOf, dataTables, fromJsonValue, quoteName, tablesOwnedByClients, type Row } from './tables';

const invalid = (message: string) => new ApiFailure('VALIDATION', message);

function parseDocument(content: string): ExportDocument {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    throw invalid('The file is not valid JSON');
  }
  const parsed = ExportDocument.safeParse(json);
  if (!parsed.success) {
    const issues = fieldIssues(parsed.error);
    throw new ApiFailure('VALIDATION', `The file is not a FasciaMap export: ${issues[0]?.message ?? ''}`, {
      issues,
    });
  }
  const document = parsed.data;
  if (document.formatVersion > EXPORT_FORMAT_VERSION || document.schemaVersion > SCHEMA_VERSION) {
    throw invalid('The file was exported by a newer FasciaMap: install the newer version to import it');
  }
  return document;
}

/**
 * Loads the file's rows into an empty in-memory database at the file's own schema version, then
 * brings that up to date with the same migrations the clinic ran. Every constraint (types, NOT NULL,
 * CHECK, foreign keys) is thereby checked by SQLite itself before the clinic's file is touched.
 */
function stage(document: ExportDocument): Connection {
  const staging = openDatabase(':memory:');
  try {
    // Rows may come in any order; references are checked all at once at the end.
    staging.pragma('foreign_keys = OFF');
    for (const migration of MIGRATIONS.slice(0, document.schemaVersion)) migration.up(staging);
    const known = new Set(dataTables(staging));
    // Only the file's rows are staged: rows the migrations seeded (templates, techniques) go.
    for (const table of known) staging.prepare(`DELETE FROM ${quoteName(table)}`).run();
    staging.transaction(() => {
      for (const [table, rows] of Object.entries(document.tables)) {
        if (!known.has(table)) throw invalid(`The file has an unknown table "${table.slice(0, 60)}"`);
        const columns = new Set(columnsOf(staging, table));
        rows.forEach((row, index) => {
          const names = Object.keys(row);
          const unknown = names.find((name) => !columns.has(name));
          if (unknown !== undefined) throw invalid(`${table} row ${index + 1} has an unknown field`);
          insertRow(staging, table, names, row, `${table} row ${index + 1}`, 'refuse');
        });
      }
    })();
    for (const migration of MIGRATIONS.slice(document.schemaVersion)) migration.up(staging);
    const broken = staging.pragma('foreign_key_check') as { table: string }[];
    if (broken.length > 0)
      throw invalid(`A ${broken[0]!.table} record refers to a record missing from the file`);
    return staging;
  } catch (error) {
    staging.close();
    throw error;
  }
}

/**
 * What to do with a row whose id the clinic already has. Within the file a repeat is an error.
 * A client's records must match exactly (then they are skipped, so a file imports twice harmlessly)
 * or the import is refused. Reference data that belongs to no client (settings, protocol templates,
 * the technique catalogue) follows the file on a whole-clinic import and stays as it is on a
 * one-client import.
 */
type OnExisting = 'refuse' | 'records' | 'reference-replace' | 'reference-keep';

function insertRow(
  db: Connection,
  table: string,
  names: string[],
  row: Row,
  where: string,
  onExisting: OnExisting,
): void {
  const values = names.map((name) => fromJsonValue(row[name]));
  const columns = names.map(quoteName).join(', ');
  const insert = `INSERT INTO ${quoteName(table)} (${columns}) VALUES (${names.map(() => '?').join(', ')})`;
  try {
    db.prepare(insert).run(...values);
  } catch (error) {
    if (error instanceof ApiFailure) throw error;
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE') {
      if (onExisting === 'reference-keep') return;
      if (onExisting === 'reference-replace') {
        // An update in place, not REPLACE's delete-and-insert, which would cascade to rows referring to it.
        const update = names.map((name) => `${quoteName(name)} = excluded.${quoteName(name)}`).join(', ');
        db.prepare(`${insert} ON CONFLICT DO UPDATE SET ${update}`).run(...values);
        return;
      }
      const same = `SELECT 1 FROM ${quoteName(table)} WHERE ${names.map((n) => `${quoteName(n)} IS ?`).join(' AND ')}`;
      if (onExisting === 'records' && db.prepare(same).get(...values)) return;
      throw new ApiFailure(
        'CONFLICT',
        onExisting === 'refuse'
          ? `${where} appears twice in the file; nothing was imported`
          : `${where} is already in this clinic with different content; nothing was imported`,
      );
    }
    // SQLite's message may quote a value; the caller gets the place, never the content.
    throw invalid(
      `${where} does not fit the clinic's records (${code || 'invalid value'}); nothing was imported`,
    );
  }
}

/**
 * Imports an export file all or nothing: everything is validated in a staging database first, then
 * copied in one transaction that rolls back on any error (an id already present, for instance).
 */
export function importDocument(db: ClinicDatabase, content: string): Record<string, number> {
  const document = parseDocument(content);
  const staging = stage(document);
  const records = tablesOwnedByClients(db);
  const onExisting = (table: string): OnExisting =>
    records.has(table)
      ? 'records'
      : document.scope.kind === 'clinic'
        ? 'reference-replace'
        : 'reference-keep';
  try {
    const counts: Record<string, number> = {};
    db.transaction(() => {
      // Checked at commit, so the order tables are copied in does not matter.
      db.pragma('defer_foreign_keys = ON');
      for (const table of dataTables(staging)) {
        const rows = staging.prepare(`SELECT * FROM ${quoteName(table)}`).all() as Row[];
        rows.forEach((row, index) =>
          insertRow(db, table, Object.keys(row), row, `${table} row ${index + 1}`, onExisting(table)),
        );
        if (rows.length > 0) counts[table] = rows.length;
      }
    })();
    return counts;
  } catch (error) {
    if (error instanceof ApiFailure) throw error;
    if ((error as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) {
      throw invalid('The file refers to records this clinic does not have; nothing was imported');
    }
    throw error;
  } finally {
    staging.close();
  }
}
