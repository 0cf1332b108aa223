import type { Migration } from './types';

/**
 * The session plan: findings and treatment zones marked on the model, the editable technique
 * catalogue, the acknowledged start of a session and what was done at each zone. Bodies are JSON
 * validated by the shared schemas; the columns are what queries and locking need.
 */
/**
 * The catalogue as it shipped with this migration, written out rather than imported: a migration
 * must do the same on every database it ever runs on, whatever the live catalogue later becomes.
 */
const TECHNIQUES_AT_VERSION_5 = [
  { id: 'cross-hand-release', name: 'Cross-hand release' },
  { id: 'sustained-pressure', name: 'Sustained pressure' },
  { id: 'skin-rolling', name: 'Skin rolling' },
  { id: 'arm-pull', name: 'Arm pull' },
  { id: 'leg-pull', name: 'Leg pull' },
  { id: 'transverse-plane-release', name: 'Transverse plane release' },
  { id: 'instrument-assisted', name: 'Instrument-assisted release' },
  { id: 'cupping', name: 'Cupping' },
  { id: 'transverse-sliding', name: 'Transverse sliding' },
  { id: 'cranial-hold', name: 'Cranial hold' },
];

export const sessionMapMigration: Migration = {
  version: 5,
  name: 'session-map',
  up: (db) => {
    db.exec(`
      CREATE TABLE techniques (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        position    INTEGER NOT NULL,
        retired     INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
      ) STRICT;

      -- carried_from_id names the finding of an earlier session this one was copied from.
      CREATE TABLE findings (
        id              TEXT PRIMARY KEY,
        session_id      TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        kind            TEXT NOT NULL,
        body            TEXT NOT NULL,
        carried_from_id TEXT,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        deleted_at      TEXT
      ) STRICT;
      CREATE INDEX findings_by_session ON findings (session_id, created_at);

      CREATE TABLE treatment_zones (
        id              TEXT PRIMARY KEY,
        session_id      TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        position        INTEGER NOT NULL,
        body            TEXT NOT NULL,
        carried_from_id TEXT,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        deleted_at      TEXT
      ) STRICT;
      CREATE INDEX treatment_zones_by_session ON treatment_zones (session_id, position);

      -- acknowledged: the flags (key, zone, kind, reason) as the therapist saw them (JSON).
      CREATE TABLE session_starts (
        session_id   TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
        started_at   TEXT NOT NULL,
        acknowledged TEXT NOT NULL
      ) STRICT;

      CREATE TABLE zone_runs (
        zone_id       TEXT PRIMARY KEY REFERENCES treatment_zones (id) ON DELETE CASCADE,
        hold_seconds  INTEGER CHECK (hold_seconds >= 0),
        pressure_used TEXT,
        response      TEXT,
        recorded_at   TEXT NOT NULL
      ) STRICT;
    `);
    const insert = db.prepare('INSERT INTO techniques (id, name, position) VALUES (?, ?, ?)');
    TECHNIQUES_AT_VERSION_5.forEach((technique, position) =>
      insert.run(technique.id, technique.name, position),
    );
  },
};
