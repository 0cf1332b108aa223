import type { Migration } from './types';

/**
 * The client's height, weight and sex, recorded at intake: empty for the clients already kept, who
 * are measured with the reference adult until the therapist records them.
 */
export const bodySizeMigration: Migration = {
  version: 12,
  name: 'body-size',
  up: (db) => {
    db.exec(`
      ALTER TABLE clients ADD COLUMN height_cm REAL CHECK (height_cm IS NULL OR height_cm BETWEEN 120 AND 230);
      ALTER TABLE clients ADD COLUMN weight_kg REAL CHECK (weight_kg IS NULL OR weight_kg BETWEEN 30 AND 300);
      ALTER TABLE clients ADD COLUMN sex TEXT CHECK (sex IS NULL OR sex IN ('female', 'male'));
    `);
  },
};
