import type { Migration } from './types';

/**
 * Outcome assessments: a dated set of measures for a client, usually fulfilling one of the course's
 * scheduled points (course_assessments). The answers are kept as entered, and each score is a row
 * so trends and the due list are plain queries.
 */
export const outcomesMigration: Migration = {
  version: 4,
  name: 'outcomes',
  up: (db) => {
    db.exec(`
      CREATE TABLE outcome_assessments (
        id              TEXT PRIMARY KEY,
        client_id       TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        course_id       TEXT REFERENCES courses (id) ON DELETE CASCADE,
        -- The course_assessments position this fulfils; NULL for an extra assessment.
        course_position INTEGER CHECK (course_position IS NULL OR course_id IS NOT NULL),
        taken_on        TEXT NOT NULL,
        -- FIQR answers, WPI areas, SSS and the rest as the therapist entered them (JSON).
        entries         TEXT NOT NULL,
        created_at      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX outcome_assessments_by_client ON outcome_assessments (client_id, taken_on);
      -- A scheduled point is fulfilled once.
      CREATE UNIQUE INDEX outcome_assessments_one_per_point
        ON outcome_assessments (course_id, course_position) WHERE course_position IS NOT NULL;

      CREATE TABLE outcome_measures (
        assessment_id   TEXT NOT NULL REFERENCES outcome_assessments (id) ON DELETE CASCADE,
        position        INTEGER NOT NULL,
        kind            TEXT NOT NULL CHECK (kind IN ('fiqr', 'pain_current', 'pain_worst', 'pain_least',
                          'sleep_quality', 'psqi', 'wpi', 'sss', 'fibromyalgia_severity', 'tender_points', 'other')),
        -- The instrument's name for kind 'other' (anxiety, depression, quality of life...).
        instrument      TEXT NOT NULL DEFAULT '' CHECK ((kind = 'other') = (instrument <> '')),
        score           REAL NOT NULL,
        lower_is_better INTEGER NOT NULL CHECK (lower_is_better IN (0, 1)),
        PRIMARY KEY (assessment_id, position)
      ) STRICT;
    `);
  },
};
