import type { Migration } from './types';

/**
 * The myofascial line the therapist chose to show on a session's plan, which its printouts draw
 * too: none for every session so far, so no existing printout changes.
 */
export const sessionLineMigration: Migration = {
  version: 15,
  name: 'session-line',
  up: (db) => {
    db.exec(`
      ALTER TABLE sessions
        ADD COLUMN highlighted_line TEXT CHECK (highlighted_line IS NULL OR length(highlighted_line) <= 80);
    `);
  },
};
