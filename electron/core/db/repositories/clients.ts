import type { Client, ParsedClientInput } from '../../../../shared/domain/client';
import { contraindicationInfo, type ContraindicationCode } from '../../../../shared/domain/contraindications';
import type { ClientSummary } from '../../../../shared/domain/overview';
import type { ClinicDatabase } from '../open';
import { currentTolerances, toleranceHistory } from './tolerances';

interface ClientRow {
  id: string;
  given_name: string;
  family_name: string;
  date_of_birth: string;
  phone: string;
  email: string;
  conditions: string;
  medications: string;
  goals: string;
  consent_date: string | null;
  /** JSON: the places to avoid, each its regions and a note. */
  areas_to_avoid: string;
  pressure_preferences: string;
  height_cm: number | null;
  weight_kg: number | null;
  sex: Client['sex'];
  archived_at: string | null;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
}

interface ContraindicationRow {
  code: ContraindicationCode | null;
  name: string;
  note: string;
  absolute: 0 | 1;
  /** JSON: the body regions it lies in. */
  regions: string;
}

/** The intake fields that live on the clients row itself. */
export type ClientRowFields = Pick<
  ParsedClientInput,
  | 'givenName'
  | 'familyName'
  | 'dateOfBirth'
  | 'phone'
  | 'email'
  | 'conditions'
  | 'medications'
  | 'goals'
  | 'consentDate'
  | 'areasToAvoid'
  | 'pressurePreferences'
  | 'heightCm'
  | 'weightKg'
  | 'sex'
>;

function rowParams(fields: ClientRowFields) {
  return {
    givenName: fields.givenName,
    familyName: fields.familyName,
    dateOfBirth: fields.dateOfBirth,
    phone: fields.phone,
    email: fields.email,
    conditions: JSON.stringify(fields.conditions),
    medications: JSON.stringify(fields.medications),
    goals: fields.goals,
    consentDate: fields.consentDate,
    areasToAvoid: JSON.stringify(fields.areasToAvoid),
    pressurePreferences: fields.pressurePreferences,
    heightCm: fields.heightCm,
    weightKg: fields.weightKg,
    sex: fields.sex,
  };
}

export function insertClient(db: ClinicDatabase, id: string, fields: ClientRowFields, at: string): void {
  db.prepare(
    `INSERT INTO clients (id, given_name, family_name, date_of_birth, phone, email, conditions, medications, goals,
       consent_date, areas_to_avoid, pressure_preferences, height_cm, weight_kg, sex, created_at, updated_at)
     VALUES (@id, @givenName, @familyName, @dateOfBirth, @phone, @email, @conditions, @medications, @goals,
       @consentDate, @areasToAvoid, @pressurePreferences, @heightCm, @weightKg, @sex, @at, @at)`,
  ).run({ id, at, ...rowParams(fields) });
}

export function updateClientRow(db: ClinicDatabase, id: string, fields: ClientRowFields, at: string): void {
  db.prepare(
    `UPDATE clients SET given_name = @givenName, family_name = @familyName, date_of_birth = @dateOfBirth,
       phone = @phone, email = @email, conditions = @conditions, medications = @medications, goals = @goals,
       consent_date = @consentDate, areas_to_avoid = @areasToAvoid, pressure_preferences = @pressurePreferences,
       height_cm = @heightCm, weight_kg = @weightKg, sex = @sex,
       updated_at = @at
     WHERE id = @id`,
  ).run({ id, at, ...rowParams(fields) });
}

/** Replaces the client's checklist and free entries; `absolute` is copied from the catalogue for checklist items. */
export function replaceContraindications(
  db: ClinicDatabase,
  clientId: string,
  input: Pick<ParsedClientInput, 'contraindications' | 'otherContraindications'>,
): void {
  db.prepare('DELETE FROM client_contraindications WHERE client_id = ?').run(clientId);
  const insert = db.prepare(
    `INSERT INTO client_contraindications (client_id, position, code, name, note, absolute, regions)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const rows = [
    ...input.contraindications.map((item) => {
      const info = contraindicationInfo(item.code);
      return [item.code, info.label, item.note, info.absolute, item.regions] as const;
    }),
    ...input.otherContraindications.map((item) => [null, item.name, item.note, item.absolute, []] as const),
  ];
  rows.forEach(([code, name, note, absolute, regions], position) =>
    insert.run(clientId, position, code, name, note, absolute ? 1 : 0, JSON.stringify(regions)),
  );
}

/** Sets or clears a lifecycle stamp (archived_at or deleted_at). */
export function setClientStamp(
  db: ClinicDatabase,
  id: string,
  column: 'archived_at' | 'deleted_at',
  stamp: string | null,
  at: string,
): void {
  db.prepare(`UPDATE clients SET ${column} = ?, updated_at = ? WHERE id = ?`).run(stamp, at, id);
}

/** Removes the client and, through the foreign keys' cascades, everything recorded about them. */
export function purgeClient(db: ClinicDatabase, id: string): void {
  db.prepare('DELETE FROM clients WHERE id = ?').run(id);
}

export function findClient(db: ClinicDatabase, id: string): Client | undefined {
  const row = db.prepare('SELECT * FROM clients WHERE id = ?').get(id) as ClientRow | undefined;
  if (!row) return undefined;
  const contraindications = db
    .prepare(
      'SELECT code, name, note, absolute, regions FROM client_contraindications WHERE client_id = ? ORDER BY position',
    )
    .all(id) as ContraindicationRow[];
  const tolerances = currentTolerances(db, id);
  return {
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    dateOfBirth: row.date_of_birth,
    phone: row.phone,
    email: row.email,
    conditions: JSON.parse(row.conditions) as string[],
    medications: JSON.parse(row.medications) as string[],
    goals: row.goals,
    consentDate: row.consent_date,
    contraindications: contraindications
      .filter((item) => item.code !== null)
      .map((item) => ({ code: item.code!, note: item.note, regions: JSON.parse(item.regions) as string[] })),
    otherContraindications: contraindications
      .filter((item) => item.code === null)
      .map((item) => ({ name: item.name, note: item.note, absolute: item.absolute === 1 })),
    toleranceDefault: tolerances.toleranceDefault,
    toleranceByRegion: tolerances.toleranceByRegion,
    toleranceHistory: toleranceHistory(db, id),
    areasToAvoid: JSON.parse(row.areas_to_avoid) as Client['areasToAvoid'],
    pressurePreferences: row.pressure_preferences,
    heightCm: row.height_cm,
    weightKg: row.weight_kg,
    sex: row.sex,
    archivedAt: row.archived_at,
    deletedAt: row.deleted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * How a typed search finds clients (see migration 14's `client_search`): three letters or more
 * anywhere in "given family" or "family given", accents folded; two letters at the start of a
 * name; one letter as the first letter of the given or family name; nothing typed, everyone.
 */
type NameMatch =
  { kind: 'everyone' } | { kind: 'indexed'; phrase: string } | { kind: 'initial'; letter: string };

function nameMatch(search: string): NameMatch {
  const typed = search.trim().replace(/\s+/g, ' ');
  const letters = [...typed];
  if (letters.length === 0) return { kind: 'everyone' };
  if (letters.length === 1) return { kind: 'initial', letter: typed };
  const text = letters.length === 2 ? ` ${typed}` : typed;
  return { kind: 'indexed', phrase: `"${text.replaceAll('"', '""')}"` };
}

const MATCH_FILTERS: Record<NameMatch['kind'], string> = {
  everyone: '1',
  indexed: 'c.id IN (SELECT client_id FROM client_search WHERE client_search MATCH @phrase)',
  initial: `((c.family_name COLLATE NOCASE >= @letter AND c.family_name COLLATE NOCASE < @after)
    OR (c.given_name COLLATE NOCASE >= @letter AND c.given_name COLLATE NOCASE < @after))`,
};

function matchParameters(match: NameMatch): Record<string, string> {
  if (match.kind === 'indexed') return { phrase: match.phrase };
  if (match.kind === 'initial') {
    const code = match.letter.toLowerCase().codePointAt(0)!;
    return { letter: match.letter, after: String.fromCodePoint(code + 1) };
  }
  return {};
}

export interface ClientListQuery {
  search: string;
  sort: 'name' | 'nextSession' | 'lastSession';
  show: 'active' | 'archived' | 'deleted';
  /** The clinic's local date-time now: the boundary between next and last sessions. */
  now: string;
  /** At most this many, the first in the sort order; all when absent. */
  limit?: number;
}

const SHOW_FILTERS = {
  active: 'c.deleted_at IS NULL AND c.archived_at IS NULL',
  archived: 'c.deleted_at IS NULL AND c.archived_at IS NOT NULL',
  deleted: 'c.deleted_at IS NOT NULL',
} as const;

// Clients without a next (or last) session sort after those with one, then by name.
const SORTS = {
  name: 'c.family_name COLLATE NOCASE, c.given_name COLLATE NOCASE',
  nextSession:
    'next_session_at IS NULL, next_session_at, c.family_name COLLATE NOCASE, c.given_name COLLATE NOCASE',
  lastSession:
    'last_session_at IS NULL, last_session_at DESC, c.family_name COLLATE NOCASE, c.given_name COLLATE NOCASE',
} as const;

/** Sessions that count for a client: not deleted, and not in a deleted course. */
const LIVE_SESSION = `s.client_id = c.id AND s.deleted_at IS NULL
  AND (s.course_id IS NULL OR NOT EXISTS (SELECT 1 FROM courses k WHERE k.id = s.course_id AND k.deleted_at IS NOT NULL))`;

/**
 * The clients a list shows, in its order. Sorted by name, the page is cut before each row's next
 * and last sessions are worked out, so a search costs the page, not every match; sorted by session,
 * those dates are the order and are needed for every match.
 */
export function listClientSummaries(db: ClinicDatabase, query: ClientListQuery): ClientSummary[] {
  const match = nameMatch(query.search);
  const matching = `SELECT c.* FROM clients c WHERE ${SHOW_FILTERS[query.show]} AND ${MATCH_FILTERS[match.kind]}`;
  const byName = query.sort === 'name';
  const rows = db
    .prepare(
      `SELECT c.id, c.given_name, c.family_name, c.date_of_birth, c.archived_at, c.deleted_at,
         (SELECT min(s.starts_at) FROM sessions s WHERE ${LIVE_SESSION}
            AND s.status = 'planned' AND s.starts_at >= @now) AS next_session_at,
         (SELECT max(s.starts_at) FROM sessions s WHERE ${LIVE_SESSION}
            AND s.status IN ('completed', 'signed')) AS last_session_at,
         (SELECT json_group_array(x.name) FROM client_contraindications x
            WHERE x.client_id = c.id AND x.absolute = 1) AS absolute_names
       FROM (${byName ? `${matching} ORDER BY ${SORTS.name} LIMIT @limit` : matching}) c
       ORDER BY ${SORTS[query.sort]}
       ${byName ? '' : 'LIMIT @limit'}`,
    )
    .all({ ...matchParameters(match), now: query.now, limit: query.limit ?? -1 }) as (Pick<
    ClientRow,
    'id' | 'given_name' | 'family_name' | 'date_of_birth' | 'archived_at' | 'deleted_at'
  > & { next_session_at: string | null; last_session_at: string | null; absolute_names: string })[];
  return rows.map((row) => ({
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    dateOfBirth: row.date_of_birth,
    absoluteContraindications: JSON.parse(row.absolute_names) as string[],
    nextSessionAt: row.next_session_at,
    lastSessionAt: row.last_session_at,
    archivedAt: row.archived_at,
    deletedAt: row.deleted_at,
  }));
}
