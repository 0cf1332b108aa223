import type { Migration } from './types';

/** Ids of the protocols shipped with the app, fixed so every clinic refers to them alike. */
export const CASTRO_SANCHEZ_2011_TEMPLATE_ID = 'c4a5e0b1-2011-4d5a-9f3e-000000000001';
export const WEEKLY_OPEN_ENDED_TEMPLATE_ID = 'c4a5e0b1-2011-4d5a-9f3e-000000000002';

const SHIPPED_AT = '2026-01-01T00:00:00.000Z';

/** Protocols are rows, not code, so a clinic can edit them; these two are where it starts. */
const SHIPPED_TEMPLATES = [
  {
    id: CASTRO_SANCHEZ_2011_TEMPLATE_ID,
    name: 'Castro-Sánchez 2011 fibromyalgia trial',
    description:
      'One 90-minute myofascial release session a week for 20 weeks, aimed at the 18 tender-point sites. ' +
      'Assessed at baseline, after the last session, and 1 and 6 months later. ' +
      'Source: Castro-Sánchez et al., eCAM 2011:561753.',
    sessionCount: 20,
    intervalDays: 7,
    sessionMinutes: 90,
    assessments: [
      { label: 'Baseline', anchor: 'start', months: 0 },
      { label: 'After the last session', anchor: 'lastSession', months: 0 },
      { label: '1-month follow-up', anchor: 'lastSession', months: 1 },
      { label: '6-month follow-up', anchor: 'lastSession', months: 6 },
    ],
  },
  {
    id: WEEKLY_OPEN_ENDED_TEMPLATE_ID,
    name: 'Weekly, open-ended',
    description: 'One session a week with no set end; plan each next session as you go.',
    sessionCount: null,
    intervalDays: 7,
    sessionMinutes: 60,
    assessments: [{ label: 'Baseline', anchor: 'start', months: 0 }],
  },
];

export const clinicalRecordsMigration: Migration = {
  version: 3,
  name: 'clinical-records',
  up: (db) => {
    db.exec(`
      ALTER TABLE clients ADD COLUMN conditions TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE clients ADD COLUMN medications TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE clients ADD COLUMN goals TEXT NOT NULL DEFAULT '';
      ALTER TABLE clients ADD COLUMN consent_date TEXT;
      ALTER TABLE clients ADD COLUMN areas_to_avoid TEXT NOT NULL DEFAULT '';
      ALTER TABLE clients ADD COLUMN pressure_preferences TEXT NOT NULL DEFAULT '';
      ALTER TABLE clients ADD COLUMN archived_at TEXT;
      ALTER TABLE clients ADD COLUMN deleted_at TEXT;

      -- code is the checklist's (NULL for a free entry); absolute is kept so lists can warn without the catalogue.
      CREATE TABLE client_contraindications (
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        position  INTEGER NOT NULL,
        code      TEXT,
        name      TEXT NOT NULL,
        note      TEXT NOT NULL DEFAULT '',
        absolute  INTEGER NOT NULL CHECK (absolute IN (0, 1)),
        PRIMARY KEY (client_id, position)
      ) STRICT;

      -- Every tolerance ever recorded; the current ones have no superseded_at. region NULL is the default.
      -- An ordinal level is stored as 1 (light) to 4 (deep).
      CREATE TABLE pressure_tolerances (
        id            TEXT PRIMARY KEY,
        client_id     TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        region        TEXT,
        scale         TEXT NOT NULL CHECK (scale IN ('comfort', 'ordinal', 'algometer')),
        value         REAL NOT NULL,
        measured_on   TEXT NOT NULL,
        recorded_at   TEXT NOT NULL,
        superseded_at TEXT
      ) STRICT;
      CREATE INDEX pressure_tolerances_by_client ON pressure_tolerances (client_id, recorded_at);

      CREATE TABLE clinic_settings (
        id             INTEGER PRIMARY KEY CHECK (id = 1),
        clinic_name    TEXT NOT NULL,
        therapist_name TEXT NOT NULL,
        updated_at     TEXT
      ) STRICT;
      INSERT INTO clinic_settings (id, clinic_name, therapist_name) VALUES (1, '', '');

      CREATE TABLE protocol_templates (
        id              TEXT PRIMARY KEY,
        name            TEXT NOT NULL,
        description     TEXT NOT NULL,
        session_count   INTEGER,
        interval_days   INTEGER NOT NULL,
        session_minutes INTEGER NOT NULL,
        assessments     TEXT NOT NULL,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      ) STRICT;

      CREATE TABLE courses (
        id              TEXT PRIMARY KEY,
        client_id       TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        template_id     TEXT REFERENCES protocol_templates (id) ON DELETE SET NULL,
        name            TEXT NOT NULL,
        start_date      TEXT NOT NULL,
        session_count   INTEGER,
        interval_days   INTEGER NOT NULL,
        session_minutes INTEGER NOT NULL,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        deleted_at      TEXT
      ) STRICT;
      CREATE INDEX courses_by_client ON courses (client_id, start_date);

      CREATE TABLE course_assessments (
        course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        position  INTEGER NOT NULL,
        label     TEXT NOT NULL,
        due_date  TEXT NOT NULL,
        PRIMARY KEY (course_id, position)
      ) STRICT;
      CREATE INDEX course_assessments_by_due ON course_assessments (due_date);

      CREATE TABLE sessions (
        id              TEXT PRIMARY KEY,
        client_id       TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        course_id       TEXT REFERENCES courses (id) ON DELETE CASCADE,
        starts_at       TEXT NOT NULL,
        planned_minutes INTEGER NOT NULL,
        actual_minutes  INTEGER,
        status          TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'completed', 'signed')),
        subjective      TEXT NOT NULL DEFAULT '',
        objective       TEXT NOT NULL DEFAULT '',
        assessment      TEXT NOT NULL DEFAULT '',
        plan            TEXT NOT NULL DEFAULT '',
        pain_before     INTEGER CHECK (pain_before BETWEEN 0 AND 10),
        pain_after      INTEGER CHECK (pain_after BETWEEN 0 AND 10),
        response        TEXT NOT NULL DEFAULT '',
        soreness        TEXT CHECK (soreness IN ('none', 'mild', 'moderate', 'severe')),
        flare           INTEGER NOT NULL DEFAULT 0 CHECK (flare IN (0, 1)),
        home_care       TEXT NOT NULL DEFAULT '',
        signed_at       TEXT,
        signed_by       TEXT,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        deleted_at      TEXT
      ) STRICT;
      CREATE INDEX sessions_by_client ON sessions (client_id, starts_at);
      CREATE INDEX sessions_by_course ON sessions (course_id, starts_at);
      CREATE INDEX sessions_by_time ON sessions (starts_at);
      CREATE INDEX sessions_unsigned ON sessions (starts_at) WHERE status IN ('in_progress', 'completed');

      -- The lock holds below the services too: no code path can change a signed note.
      CREATE TRIGGER signed_sessions_are_locked BEFORE UPDATE ON sessions
        WHEN OLD.status = 'signed'
        BEGIN SELECT RAISE(ABORT, 'A signed session note is locked; add an addendum instead'); END;

      -- What the editor holds while typing, valid or not: at most one draft per session.
      CREATE TABLE session_drafts (
        session_id TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
        fields     TEXT NOT NULL,
        saved_at   TEXT NOT NULL
      ) STRICT;

      CREATE TABLE session_addenda (
        id         TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        body       TEXT NOT NULL,
        author     TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX session_addenda_by_session ON session_addenda (session_id, created_at);
      CREATE TRIGGER addenda_are_append_only BEFORE UPDATE ON session_addenda
        BEGIN SELECT RAISE(ABORT, 'An addendum is not edited; add another'); END;
    `);
    const insert = db.prepare(
      `INSERT INTO protocol_templates
         (id, name, description, session_count, interval_days, session_minutes, assessments, created_at, updated_at)
       VALUES (@id, @name, @description, @sessionCount, @intervalDays, @sessionMinutes, @assessments, @at, @at)`,
    );
    for (const template of SHIPPED_TEMPLATES) {
      insert.run({ ...template, assessments: JSON.stringify(template.assessments), at: SHIPPED_AT });
    }
  },
};
