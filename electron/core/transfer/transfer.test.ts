import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClinicDatabase } from '../db/open';
import { openTestClinic, type TestClinic } from '../../test-support/temp-db';
import { EXPORT_FORMAT_VERSION } from './format';

let source: TestClinic;
let target: TestClinic;
const STAMP = '2026-03-01T10:00:00.000Z';

function addClient(db: ClinicDatabase, id: string, givenName: string): void {
  db.prepare(
    `INSERT INTO clients (id, given_name, family_name, date_of_birth, created_at, updated_at)
     VALUES (?, ?, 'Castro', '1971-04-23', ?, ?)`,
  ).run(id, givenName, STAMP, STAMP);
}

function addSession(db: ClinicDatabase, id: string, clientId: string, subjective: string): void {
  db.prepare(
    `INSERT INTO sessions (id, client_id, starts_at, planned_minutes, status, subjective, created_at, updated_at)
     VALUES (?, ?, '2026-03-01T10:00', 60, 'completed', ?, ?, ?)`,
  ).run(id, clientId, subjective, STAMP, STAMP);
}

function addOutcome(db: ClinicDatabase, id: string, clientId: string, score: number): void {
  db.prepare(
    `INSERT INTO outcome_assessments (id, client_id, taken_on, entries, created_at) VALUES (?, ?, '2026-03-01', '[]', ?)`,
  ).run(id, clientId, STAMP);
  db.prepare(
    `INSERT INTO outcome_measures (assessment_id, position, kind, score, lower_is_better) VALUES (?, 0, 'fiqr', ?, 1)`,
  ).run(id, score);
  db.prepare(
    `INSERT INTO outcome_measures (assessment_id, position, kind, score, lower_is_better) VALUES (?, 1, 'pain_current', 6, 1)`,
  ).run(id);
}

const ANA = '11111111-1111-4111-8111-111111111111';
const BEA = '22222222-2222-4222-8222-222222222222';
const rows = (clinic: TestClinic, sql: string) => clinic.db.prepare(sql).all();
const exported = (result: { content: string }) => result.content;

beforeEach(() => {
  source = openTestClinic();
  target = openTestClinic();
  addClient(source.db, ANA, 'Ana');
  addClient(source.db, BEA, 'Beatriz');
  addSession(source.db, '33333333-3333-4333-8333-333333333333', ANA, 'Neck "tight", =SUM(A1)');
  addSession(source.db, '44444444-4444-4444-8444-444444444444', BEA, 'Low back');
  addOutcome(source.db, '55555555-5555-4555-8555-555555555555', ANA, 54.5);
});
afterEach(() => {
  source.close();
  target.close();
});

describe('export and import', () => {
  it('round-trips the whole clinic through a versioned JSON file', () => {
    const file = source.call('transfer.exportClinic', { plain: true });
    const document = JSON.parse(file.content);
    expect(document).toMatchObject({
      format: 'fasciamap-export',
      formatVersion: EXPORT_FORMAT_VERSION,
      scope: { kind: 'clinic' },
    });
    expect(Object.keys(document.tables)).not.toContain('profiles');
    expect(Object.keys(document.tables)).not.toContain('audit_log');
    expect(Object.keys(document.tables).filter((table) => table.startsWith('client_search'))).toEqual([]);

    const result = target.call('transfer.importFile', { content: exported(file) });
    expect(result.rows).toMatchObject({
      clients: 2,
      sessions: 2,
      outcome_assessments: 1,
      outcome_measures: 2,
    });
    for (const sql of [
      'SELECT * FROM clients ORDER BY id',
      'SELECT * FROM sessions ORDER BY id',
      'SELECT * FROM outcome_measures ORDER BY 1, 2',
    ]) {
      expect(rows(target, sql)).toEqual(rows(source, sql));
    }
  });

  it('exports one client with everything that refers to them, and nothing of anyone else', () => {
    const file = source.call('transfer.exportClient', { clientId: ANA, plain: true });
    expect(file.fileName).not.toContain('Ana');
    const tables = JSON.parse(file.content).tables as Record<string, { id?: string; given_name?: string }[]>;
    expect(tables.clients!.map((row) => row.given_name)).toEqual(['Ana']);
    expect(tables.sessions).toHaveLength(1);
    expect(tables.outcome_measures).toHaveLength(2);
    expect(file.content).not.toContain('Beatriz');

    target.call('transfer.importFile', { content: file.content });
    expect(rows(target, 'SELECT given_name FROM clients')).toEqual([{ given_name: 'Ana' }]);
  });

  it('validates everything before writing anything', () => {
    const document = JSON.parse(source.call('transfer.exportClinic', { plain: true }).content);
    // The very last row breaks a CHECK rule: nothing before it may be written either.
    document.tables.sessions.at(-1).pain_before = 42;
    expect(() => target.call('transfer.importFile', { content: JSON.stringify(document) })).toThrow(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
    expect(rows(target, 'SELECT * FROM clients')).toEqual([]);
  });

  it('refuses a session whose client is missing from the file', () => {
    const document = JSON.parse(source.call('transfer.exportClinic', { plain: true }).content);
    document.tables.clients = document.tables.clients.filter((row: { id: string }) => row.id !== BEA);
    expect(() => target.call('transfer.importFile', { content: JSON.stringify(document) })).toThrow(
      expect.objectContaining({
        code: 'VALIDATION',
        message: expect.stringMatching(/refers to a record missing/),
      }),
    );
    expect(rows(target, 'SELECT * FROM sessions')).toEqual([]);
  });

  it('rolls back entirely when a record already exists with other content', () => {
    addClient(target.db, BEA, 'Someone else');
    const content = source.call('transfer.exportClinic', { plain: true }).content;
    expect(() => target.call('transfer.importFile', { content })).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
    expect(rows(target, 'SELECT given_name FROM clients')).toEqual([{ given_name: 'Someone else' }]);
    expect(rows(target, 'SELECT * FROM sessions')).toEqual([]);
  });

  it('brings edited reference data (templates, settings) with a whole-clinic file, and keeps the local one for a client file', () => {
    const template = source.db.prepare('SELECT id FROM protocol_templates LIMIT 1').pluck().get() as string;
    source.db.prepare("UPDATE protocol_templates SET name = 'Our weekly plan' WHERE id = ?").run(template);
    source.db.prepare("UPDATE clinic_settings SET clinic_name = 'Clínica Norte'").run();
    const templateName = () =>
      target.db.prepare('SELECT name FROM protocol_templates WHERE id = ?').pluck().get(template);
    const before = templateName();

    target.call('transfer.importFile', {
      content: source.call('transfer.exportClient', { clientId: ANA, plain: true }).content,
    });
    expect(templateName()).toBe(before);

    target.call('transfer.importFile', {
      content: source.call('transfer.exportClinic', { plain: true }).content,
    });
    expect(templateName()).toBe('Our weekly plan');
    expect(target.db.prepare('SELECT clinic_name FROM clinic_settings').pluck().get()).toBe('Clínica Norte');
  });

  it('imports the same file twice without duplicating anything', () => {
    const content = source.call('transfer.exportClinic', { plain: true }).content;
    target.call('transfer.importFile', { content });
    target.call('transfer.importFile', { content });
    expect(rows(target, 'SELECT count(*) AS n FROM clients')).toEqual([{ n: 2 }]);
    // The name search is rebuilt from the imported clients, once each.
    expect(target.call('clients.list', { search: 'beatriz cas' }).map((client) => client.id)).toEqual([BEA]);
  });

  it('refuses a newer format or schema, foreign JSON and unknown tables or fields', () => {
    const document = JSON.parse(source.call('transfer.exportClinic', { plain: true }).content);
    const attempt = (changed: unknown) => () =>
      target.call('transfer.importFile', { content: JSON.stringify(changed) });
    expect(attempt({ ...document, formatVersion: EXPORT_FORMAT_VERSION + 1 })).toThrow(/newer FasciaMap/);
    expect(attempt({ ...document, schemaVersion: 999 })).toThrow(/newer FasciaMap/);
    expect(attempt({ hello: 'world' })).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(attempt({ ...document, tables: { profiles: [{ id: 'x' }] } })).toThrow(/unknown table/);
    expect(attempt({ ...document, tables: { clients: [{ id: ANA, admin: 1 }] } })).toThrow(/unknown field/);
    expect(() => target.call('transfer.importFile', { content: '{not json' })).toThrow(/not valid JSON/);
    expect(rows(target, 'SELECT * FROM clients')).toEqual([]);
  });

  it('writes sessions and outcomes as CSV, safe to open in a spreadsheet', () => {
    const sessions = source.call('transfer.exportCsv', { table: 'sessions' }).content;
    expect(sessions.split('\r\n')[0]).toMatch(/^id,client_id,course_id,starts_at/);
    expect(sessions).toContain(`"Neck ""tight"", =SUM(A1)"`);
    const outcomes = source.call('transfer.exportCsv', { table: 'outcomes' }).content.split('\r\n');
    expect(outcomes[0]).toBe(
      'client_id,course_id,taken_on,assessment_id,position,kind,instrument,score,lower_is_better',
    );
    expect(outcomes[1]).toBe(`${ANA},,2026-03-01,55555555-5555-4555-8555-555555555555,0,fiqr,,54.5,1`);
  });
});
