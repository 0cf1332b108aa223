import type { Migration } from './types';

/**
 * Acknowledgements become records of their own, and the run screen's state is kept in main.
 *
 * - `flag_acknowledgements`: one row per flag a therapist acknowledged in a session, with who and
 *   when, so a re-start keeps the first acknowledgement and a sign can be refused without them.
 *   Version 7 kept them as JSON on `session_starts`, without a name: those become rows acknowledged
 *   at the start's moment by the session's signer if it was signed (the signature vouches for the
 *   flags it went out with), and by "not recorded" otherwise. No profile id is invented for either.
 * - `run_positions`: the zone the run screen shows and the hold on it (time held before the current
 *   run, and when that run began on main's clock), so a lock cannot lose it.
 * - `zone_runs.interrupted`: a hold logged because the lock cut it short.
 */
export const flagAcknowledgementsMigration: Migration = {
  version: 8,
  name: 'flag-acknowledgements',
  up: (db) => {
    db.exec(`
      CREATE TABLE flag_acknowledgements (
        session_id      TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        flag_key        TEXT NOT NULL,
        zone_id         TEXT NOT NULL,
        kind            TEXT NOT NULL,
        reason          TEXT NOT NULL,
        by_profile_id   TEXT,
        by_name         TEXT NOT NULL,
        acknowledged_at TEXT NOT NULL,
        PRIMARY KEY (session_id, flag_key)
      ) STRICT;

      CREATE TABLE run_positions (
        session_id    TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
        zone_id       TEXT NOT NULL REFERENCES treatment_zones (id) ON DELETE CASCADE,
        held_ms       INTEGER NOT NULL CHECK (held_ms >= 0),
        running_since TEXT
      ) STRICT;

      ALTER TABLE zone_runs ADD COLUMN interrupted INTEGER NOT NULL DEFAULT 0 CHECK (interrupted IN (0, 1));
    `);
    const starts = db
      .prepare(
        `SELECT st.session_id, st.started_at, st.acknowledged, s.status, s.signed_by
         FROM session_starts st JOIN sessions s ON s.id = st.session_id`,
      )
      .all() as {
      session_id: string;
      started_at: string;
      acknowledged: string;
      status: string;
      signed_by: string | null;
    }[];
    const insert = db.prepare(
      `INSERT OR IGNORE INTO flag_acknowledgements
         (session_id, flag_key, zone_id, kind, reason, by_profile_id, by_name, acknowledged_at)
       VALUES (?, ?, ?, ?, ?, NULL, ?, ?)`,
    );
    for (const start of starts) {
      const signer = start.status === 'signed' && start.signed_by ? start.signed_by : 'not recorded';
      const flags = JSON.parse(start.acknowledged) as {
        key: string;
        zoneId: string;
        kind: string;
        reason: string;
      }[];
      for (const flag of flags) {
        insert.run(start.session_id, flag.key, flag.zoneId, flag.kind, flag.reason, signer, start.started_at);
      }
    }
    db.exec('ALTER TABLE session_starts DROP COLUMN acknowledged');
  },
};
