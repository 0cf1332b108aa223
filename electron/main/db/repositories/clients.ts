import type { Client } from '../../../../shared/domain/client';
import type { ClinicDatabase } from '../open';

interface ClientRow {
  id: string;
  given_name: string;
  family_name: string;
  date_of_birth: string;
  phone: string;
  email: string;
  created_at: string;
  updated_at: string;
}

function toClient(row: ClientRow): Client {
  return {
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    dateOfBirth: row.date_of_birth,
    phone: row.phone,
    email: row.email,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function insertClient(db: ClinicDatabase, client: Client): void {
  db.prepare(
    `INSERT INTO clients (id, given_name, family_name, date_of_birth, phone, email, created_at, updated_at)
     VALUES (@id, @givenName, @familyName, @dateOfBirth, @phone, @email, @createdAt, @updatedAt)`,
  ).run(client);
}

export function findClient(db: ClinicDatabase, id: string): Client | undefined {
  const row = db.prepare('SELECT * FROM clients WHERE id = ?').get(id) as ClientRow | undefined;
  return row && toClient(row);
}

/** Escapes LIKE's wildcards so a typed `%` or `_` matches itself. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function searchClients(db: ClinicDatabase, search: string): Client[] {
  const rows = db
    .prepare(
      `SELECT * FROM clients
       WHERE (given_name || ' ' || family_name) LIKE @pattern ESCAPE '\\'
          OR (family_name || ' ' || given_name) LIKE @pattern ESCAPE '\\'
       ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE`,
    )
    .all({ pattern: likePattern(search) }) as ClientRow[];
  return rows.map(toClient);
}
