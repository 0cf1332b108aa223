import type Database from 'better-sqlite3';

/**
 * Tables that never leave the clinic's file: passphrase hashes (the therapists' and the clinic
 * passphrase's verifier), the lock policy and the audit log belong to this computer's installation,
 * not to the clinical record.
 */
export const NOT_EXPORTED: readonly string[] = [
  'profiles',
  'access_policy',
  'audit_log',
  'clinic_passphrase',
];

export type Row = Record<string, unknown>;

export interface ForeignKey {
  from: string;
  table: string;
  to: string;
}

/**
 * Every table holding clinical data, read from the schema so tables added later are included.
 * Ordinary tables only: a search index (an FTS5 table and its shadow tables) is derived from them
 * and rebuilt by its triggers as the rows come in.
 */
export function dataTables(db: Database.Database): string[] {
  const tables = db.pragma('table_list') as { schema: string; name: string; type: string }[];
  return tables
    .filter((t) => t.schema === 'main' && t.type === 'table' && !t.name.startsWith('sqlite_'))
    .map((t) => t.name)
    .filter((name) => !NOT_EXPORTED.includes(name))
    .sort();
}

export function columnsOf(db: Database.Database, table: string): string[] {
  return (db.pragma(`table_info(${quoteName(table)})`) as { name: string }[]).map((column) => column.name);
}

export function foreignKeysOf(db: Database.Database, table: string): ForeignKey[] {
  return db.pragma(`foreign_key_list(${quoteName(table)})`) as ForeignKey[];
}

/** A table or column name as an SQL identifier; names come from the schema, quoting is belt and braces. */
export function quoteName(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Blobs travel as `{ "$base64": "…" }` so the file stays plain JSON. */
export function toJsonValue(value: unknown): unknown {
  return Buffer.isBuffer(value) ? { $base64: value.toString('base64') } : value;
}

export function fromJsonValue(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && '$base64' in value) {
    return Buffer.from(String((value as { $base64: unknown }).$base64), 'base64');
  }
  return value;
}

/** `clients` and every table that refers to it, directly or through other tables: the clinical records. */
export function tablesOwnedByClients(db: Database.Database): Set<string> {
  const owned = new Set(['clients']);
  const tables = dataTables(db);
  let grew = true;
  while (grew) {
    grew = false;
    for (const table of tables) {
      if (owned.has(table)) continue;
      if (foreignKeysOf(db, table).some((fk) => owned.has(fk.table))) {
        owned.add(table);
        grew = true;
      }
    }
  }
  return owned;
}
