import type { Migration } from './types';

/**
 * A name search that reads an index instead of every client. `client_search` is an FTS5 table
 * with the trigram tokenizer, which answers a substring query from its index and folds accents, so
 * "garcia" finds "García". Each client's names are kept as " given family given": one column in
 * which both "given family" and "family given" occur, with a space in front so that a two-letter
 * query can ask for the start of a name (" go"), which trigrams cannot otherwise answer. Triggers
 * keep it in step with `clients` in every write path (the app, an import, a restore).
 *
 * The rows are tied to their client by id, not by rowid: `clients` has no INTEGER PRIMARY KEY, so
 * its rowids are not promised to survive a VACUUM. Removing a row by an unindexed id reads the
 * search table, which costs a few milliseconds only when a name changes or a client is purged.
 *
 * A one-letter query is answered from indexes on the names, as "starts with".
 */
export const clientSearchMigration: Migration = {
  version: 14,
  name: 'client-search',
  up: (db) => {
    db.exec(`
      CREATE VIRTUAL TABLE client_search USING fts5(
        client_id UNINDEXED,
        names,
        tokenize = 'trigram remove_diacritics 1'
      );
      INSERT INTO client_search (client_id, names)
        SELECT id, ' ' || given_name || ' ' || family_name || ' ' || given_name FROM clients;

      CREATE TRIGGER client_search_on_insert AFTER INSERT ON clients BEGIN
        INSERT INTO client_search (client_id, names)
          VALUES (new.id, ' ' || new.given_name || ' ' || new.family_name || ' ' || new.given_name);
      END;
      CREATE TRIGGER client_search_on_rename AFTER UPDATE OF given_name, family_name ON clients
        WHEN old.given_name IS NOT new.given_name OR old.family_name IS NOT new.family_name BEGIN
        DELETE FROM client_search WHERE client_id = old.id;
        INSERT INTO client_search (client_id, names)
          VALUES (new.id, ' ' || new.given_name || ' ' || new.family_name || ' ' || new.given_name);
      END;
      CREATE TRIGGER client_search_on_delete AFTER DELETE ON clients BEGIN
        DELETE FROM client_search WHERE client_id = old.id;
      END;

      CREATE INDEX clients_by_given_name ON clients (given_name COLLATE NOCASE);
    `);
  },
};
