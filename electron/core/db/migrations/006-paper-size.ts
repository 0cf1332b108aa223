import type { Migration } from './types';

/**
 * The paper printouts are laid out for, chosen once in settings. A4 to start with: it is the
 * paper of most of the world, and a US clinic changes it once.
 */
export const paperSizeMigration: Migration = {
  version: 6,
  name: 'paper-size',
  up: (db) => {
    db.exec(`
      ALTER TABLE clinic_settings
        ADD COLUMN paper_size TEXT NOT NULL DEFAULT 'a4' CHECK (paper_size IN ('a4', 'letter'));
    `);
  },
};
