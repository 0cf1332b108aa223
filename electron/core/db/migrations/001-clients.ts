import type { Migration } from './types';

export const clientsMigration: Migration = {
  version: 1,
  name: 'clients',
  up: (db) => {
    db.exec(`
      CREATE TABLE clients (
        id            TEXT PRIMARY KEY,
        given_name    TEXT NOT NULL,
        family_name   TEXT NOT NULL,
        date_of_birth TEXT NOT NULL,
        phone         TEXT NOT NULL DEFAULT '',
        email         TEXT NOT NULL DEFAULT '',
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX clients_by_name ON clients (family_name COLLATE NOCASE, given_name COLLATE NOCASE);
    `);
  },
};
