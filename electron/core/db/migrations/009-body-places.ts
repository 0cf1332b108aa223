import type { Migration } from './types';

/**
 * Places on the body. A contraindication that lies somewhere (a scar, a fracture) keeps the
 * regions it is in, and the areas to avoid become a list of places, each its regions and a note,
 * kept as JSON like the client's conditions. The free text written before is kept word for word as
 * the note of one place with no region yet, for the therapist to place. The note's soreness or
 * flare report names its regions too, so the next plan can go lighter there.
 */
export const bodyPlacesMigration: Migration = {
  version: 9,
  name: 'body-places',
  up: (db) => {
    db.exec(`
      ALTER TABLE client_contraindications ADD COLUMN regions TEXT NOT NULL DEFAULT '[]';
      UPDATE clients SET areas_to_avoid = CASE
        WHEN trim(areas_to_avoid) = '' THEN '[]'
        ELSE json_array(json_object('regions', json_array(), 'note', areas_to_avoid))
      END;
      ALTER TABLE sessions ADD COLUMN soreness_regions TEXT NOT NULL DEFAULT '[]';
    `);
  },
};
