import type { ClinicDatabase } from '../db/open';
import { SCHEMA_VERSION } from '../db/migrations';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportDocument } from './format';
import { columnsOf, dataTables, foreignKeysOf, quoteName, toJsonValue, type Row } from './tables';

function readRows(db: ClinicDatabase, table: string, where = '', params: unknown[] = []): Row[] {
  const rows = db.prepare(`SELECT * FROM ${quoteName(table)} ${where}`).all(...params) as Row[];
  return rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, toJsonValue(value)])),
  );
}

function envelope(tables: Record<string, Row[]>, scope: ExportDocument['scope'], now: Date): ExportDocument {
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    scope,
    // Rows read from SQLite hold only text, numbers, null and (converted) blobs.
    tables: tables as ExportDocument['tables'],
  };
}

export function exportClinic(db: ClinicDatabase, now: Date): ExportDocument {
  const tables = Object.fromEntries(dataTables(db).map((table) => [table, readRows(db, table)]));
  return envelope(tables, { kind: 'clinic' }, now);
}

/**
 * One client's records: the client row, every row that refers to it (and to those, following the
 * schema's foreign keys), and every row those refer to (a course's template), so the file imports
 * on its own into another clinic.
 */
export function exportClient(db: ClinicDatabase, clientId: string, now: Date): ExportDocument | undefined {
  const client = db.prepare('SELECT * FROM clients WHERE id = ?').get(clientId);
  if (!client) return undefined;
  const tables = dataTables(db);
  const picked = new Map<string, Map<unknown, Row>>(tables.map((table) => [table, new Map()]));
  const keyOf = (table: string, row: Row) => JSON.stringify(primaryKeyOf(db, table).map((c) => row[c]));
  const add = (table: string, row: Row): boolean => {
    const rows = picked.get(table)!;
    const key = keyOf(table, row);
    if (rows.has(key)) return false;
    rows.set(key, row);
    return true;
  };
  add('clients', client as Row);

  let grew = true;
  while (grew) {
    grew = false;
    for (const child of tables) {
      for (const fk of foreignKeysOf(db, child)) {
        if (!picked.has(fk.table)) continue;
        // Children of picked rows…
        for (const parent of [...picked.get(fk.table)!.values()]) {
          const rows = db
            .prepare(`SELECT * FROM ${quoteName(child)} WHERE ${quoteName(fk.from)} = ?`)
            .all(parent[fk.to ?? 'id']) as Row[];
          for (const row of rows) grew = add(child, row) || grew;
        }
        // …and the parents picked rows refer to.
        for (const row of [...picked.get(child)!.values()]) {
          if (row[fk.from] === null || row[fk.from] === undefined) continue;
          const parents = db
            .prepare(`SELECT * FROM ${quoteName(fk.table)} WHERE ${quoteName(fk.to ?? 'id')} = ?`)
            .all(row[fk.from]) as Row[];
          for (const parent of parents) grew = add(fk.table, parent) || grew;
        }
      }
    }
  }
  const out = Object.fromEntries(
    tables.map((table) => [
      table,
      [...picked.get(table)!.values()].map((row) =>
        Object.fromEntries(Object.entries(row).map(([key, value]) => [key, toJsonValue(value)])),
      ),
    ]),
  );
  return envelope(out, { kind: 'client', clientId }, now);
}

/** The primary key's columns in order (composite keys too); every column when there is none. */
function primaryKeyOf(db: ClinicDatabase, table: string): string[] {
  const columns = db.pragma(`table_info(${quoteName(table)})`) as { name: string; pk: number }[];
  const key = columns.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk);
  return key.length > 0 ? key.map((column) => column.name) : columnsOf(db, table);
}
