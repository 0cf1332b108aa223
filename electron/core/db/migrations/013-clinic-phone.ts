import type { Migration } from './types';

/**
 * The clinic's phone number, printed where a client or a physician is told to call: empty for a
 * clinic that has not given one yet, whose papers then say only "call the clinic".
 */
export const clinicPhoneMigration: Migration = {
  version: 13,
  name: 'clinic-phone',
  up: (db) => {
    db.exec(`
      ALTER TABLE clinic_settings
        ADD COLUMN clinic_phone TEXT NOT NULL DEFAULT '' CHECK (length(clinic_phone) <= 40);
    `);
  },
};
