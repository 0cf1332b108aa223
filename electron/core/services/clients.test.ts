import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../shared/api/errors';
import { mostellerM2 } from '../../../shared/domain/body-size';
import type { ClientInput } from '../../../shared/domain/client';
import { openTestClinic, TEST_CLINIC_NOW, type TestClinic } from '../../test-support/temp-db';

let clinic: TestClinic;
const create = (fields: Partial<ClientInput> & Pick<ClientInput, 'givenName' | 'familyName'>) =>
  clinic.call('clients.create', { dateOfBirth: '1975-06-15', ...fields });
const names = (input: {
  search?: string;
  sort?: 'name' | 'nextSession' | 'lastSession';
  show?: 'active' | 'archived' | 'deleted';
  limit?: number;
}) => clinic.call('clients.list', input).map((client) => `${client.givenName} ${client.familyName}`);

beforeEach(() => {
  clinic = openTestClinic(TEST_CLINIC_NOW);
});
afterEach(() => clinic.close());

describe('clients.create', () => {
  it('stores the client with an id and timestamps and returns it', () => {
    const client = create({ givenName: 'Maria', familyName: 'López', phone: '+34 600 000 000' });
    expect(client).toMatchObject({
      givenName: 'Maria',
      familyName: 'López',
      phone: '+34 600 000 000',
      createdAt: TEST_CLINIC_NOW.toISOString(),
      updatedAt: TEST_CLINIC_NOW.toISOString(),
      archivedAt: null,
      deletedAt: null,
    });
    const row = clinic.db.prepare('SELECT family_name FROM clients WHERE id = ?').get(client.id);
    expect(row).toEqual({ family_name: 'López' });
  });

  it('keeps the whole intake: conditions, medications, goals, consent, contraindications and tolerance', () => {
    const client = create({
      givenName: 'Ana',
      familyName: 'Ruiz',
      conditions: ['Fibromyalgia', 'Migraine'],
      medications: ['Warfarin 5 mg'],
      goals: 'Sleep through the night',
      consentDate: '2026-03-01',
      contraindications: [
        { code: 'malignancy', note: 'Breast, in treatment' },
        { code: 'anticoagulant-therapy', note: 'Warfarin' },
      ],
      otherContraindications: [{ name: 'Pacemaker', note: 'Left chest', absolute: false }],
      toleranceDefault: { scale: 'comfort', value: 5, measuredOn: '2026-03-01' },
      toleranceByRegion: [
        { region: 'Neck', level: { scale: 'ordinal', value: 'light', measuredOn: '2026-03-01' } },
      ],
      areasToAvoid: [{ regions: ['shoulder_L'], note: 'Nothing on my left shoulder' }],
      pressurePreferences: 'Start very gently',
    });
    expect(clinic.call('clients.get', { id: client.id })).toMatchObject({
      conditions: ['Fibromyalgia', 'Migraine'],
      medications: ['Warfarin 5 mg'],
      consentDate: '2026-03-01',
      contraindications: [
        { code: 'malignancy', note: 'Breast, in treatment' },
        { code: 'anticoagulant-therapy', note: 'Warfarin' },
      ],
      otherContraindications: [{ name: 'Pacemaker', note: 'Left chest', absolute: false }],
      toleranceDefault: { scale: 'comfort', value: 5, measuredOn: '2026-03-01' },
      toleranceByRegion: [
        { region: 'Neck', level: { scale: 'ordinal', value: 'light', measuredOn: '2026-03-01' } },
      ],
      areasToAvoid: [{ regions: ['shoulder_L'], note: 'Nothing on my left shoulder' }],
    });
  });

  it("keeps the client's height, weight and sex, and the session plan measures pain on that size", () => {
    const client = create({
      givenName: 'Ingrid',
      familyName: 'Halvorsen',
      heightCm: 160,
      weightKg: 55,
      sex: 'female',
    });
    expect(clinic.call('clients.get', { id: client.id })).toMatchObject({
      heightCm: 160,
      weightKg: 55,
      sex: 'female',
    });
    const session = clinic.call('sessions.create', {
      clientId: client.id,
      startsAt: '2026-03-02T10:00',
      plannedMinutes: 60,
    });
    // Mosteller: √(160 × 55 / 3600) m² = 1.5635 m²
    expect(clinic.call('plan.get', { sessionId: session.id }).session.bodyArea).toEqual({
      areaCm2: expect.closeTo(15_635, 0),
      source: 'client',
    });
    const {
      toleranceHistory: _history,
      archivedAt: _a,
      deletedAt: _d,
      createdAt: _c,
      updatedAt: _u,
      ...intake
    } = client;
    const remeasured = clinic.call('clients.update', { ...intake, weightKg: 62.5 });
    expect(remeasured.weightKg).toBe(62.5);
    expect(clinic.call('plan.get', { sessionId: session.id }).session.bodyArea.areaCm2).toBeCloseTo(
      mostellerM2(160, 62.5) * 1e4,
      6,
    );
  });

  it('refuses a height typed in metres and writes nothing', () => {
    expect(() => create({ givenName: 'A', familyName: 'B', heightCm: 1.6 })).toThrow(
      'Height is between 120 and 230 cm',
    );
    expect(clinic.db.prepare('SELECT count(*) AS n FROM clients').get()).toEqual({ n: 0 });
  });

  it('refuses a date of birth in the future and writes nothing', () => {
    expect(() => create({ givenName: 'A', familyName: 'B', dateOfBirth: '2026-03-03' })).toThrow(ApiFailure);
    expect(clinic.db.prepare('SELECT count(*) AS n FROM clients').get()).toEqual({ n: 0 });
  });
});

describe('clients.update', () => {
  it('keeps every earlier tolerance as history when one changes or is removed', () => {
    const client = create({
      givenName: 'Ana',
      familyName: 'Ruiz',
      toleranceDefault: { scale: 'comfort', value: 5, measuredOn: '2026-02-01' },
      toleranceByRegion: [
        { region: 'Neck', level: { scale: 'algometer', value: 2.1, measuredOn: '2026-02-01' } },
      ],
    });
    const {
      id,
      toleranceHistory: _history,
      archivedAt: _a,
      deletedAt: _d,
      createdAt: _c,
      updatedAt: _u,
      ...fields
    } = client;
    const updated = clinic.call('clients.update', {
      ...fields,
      id,
      toleranceDefault: { scale: 'comfort', value: 6, measuredOn: '2026-03-02' },
      toleranceByRegion: [],
    });
    expect(updated.toleranceDefault).toEqual({ scale: 'comfort', value: 6, measuredOn: '2026-03-02' });
    expect(updated.toleranceByRegion).toEqual([]);
    expect(
      updated.toleranceHistory.map((change) => [
        change.region,
        change.level.value,
        change.supersededAt !== null,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [null, 6, false],
        [null, 5, true],
        ['Neck', 2.1, true],
      ]),
    );
    expect(updated.toleranceHistory).toHaveLength(3);
  });

  it('says NOT_FOUND for an unknown client', () => {
    expect(() =>
      clinic.call('clients.update', {
        id: '00000000-0000-4000-8000-00000000dead',
        givenName: 'A',
        familyName: 'B',
        dateOfBirth: '1980-01-01',
      }),
    ).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});

describe('clients.get', () => {
  it('finds a client by id, and says NOT_FOUND otherwise', () => {
    const client = create({ givenName: 'Ana', familyName: 'Ruiz' });
    expect(clinic.call('clients.get', { id: client.id })).toEqual(client);
    expect(() => clinic.call('clients.get', { id: '00000000-0000-4000-8000-00000000dead' })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });
});

describe('clients.list', () => {
  it('lists by family name and searches given, family or full name without regard to case', () => {
    create({ givenName: 'Zoe', familyName: 'Adams' });
    create({ givenName: 'Ana', familyName: 'Ruiz' });
    create({ givenName: 'Bea', familyName: 'Martín' });
    expect(names({})).toEqual(['Zoe Adams', 'Bea Martín', 'Ana Ruiz']);
    expect(names({ search: 'ruiz' })).toEqual(['Ana Ruiz']);
    expect(names({ search: 'ana r' })).toEqual(['Ana Ruiz']);
    expect(names({ search: 'ruiz ana' })).toEqual(['Ana Ruiz']);
  });

  it('finds a name without its accents, two letters at the start of a name, one as an initial', () => {
    create({ givenName: 'Lucía', familyName: 'García' });
    create({ givenName: 'Gonzalo', familyName: 'Ruiz' });
    create({ givenName: 'Ana', familyName: 'Ortega' });
    expect(names({ search: 'garcia' })).toEqual(['Lucía García']);
    expect(names({ search: 'LUCIA GAR' })).toEqual(['Lucía García']);
    expect(names({ search: '  ruiz   gonzalo ' })).toEqual(['Gonzalo Ruiz']);
    // "ga" starts García's name; it is also inside "Ortega", which two letters do not search.
    expect(names({ search: 'ga' })).toEqual(['Lucía García']);
    expect(names({ search: 'g' })).toEqual(['Lucía García', 'Gonzalo Ruiz']);
    expect(names({ search: 'O' })).toEqual(['Ana Ortega']);
  });

  it('keeps the search in step when a client is renamed or purged', () => {
    const ana = create({ givenName: 'Ana', familyName: 'Ruiz' });
    clinic.call('clients.update', {
      id: ana.id,
      givenName: 'Ana',
      familyName: 'Ortega',
      dateOfBirth: '1975-06-15',
    });
    expect(names({ search: 'ruiz' })).toEqual([]);
    expect(names({ search: 'ortega' })).toEqual(['Ana Ortega']);
    clinic.call('clients.delete', { id: ana.id });
    clinic.call('clients.purge', { id: ana.id });
    expect(names({ search: 'ortega', show: 'deleted' })).toEqual([]);
  });

  it('gives a page of the first clients in the sort order', () => {
    for (const familyName of ['Diaz', 'Castro', 'Blanco', 'Alonso']) create({ givenName: 'Eva', familyName });
    expect(names({ search: 'eva', limit: 2 })).toEqual(['Eva Alonso', 'Eva Blanco']);
    expect(names({ limit: 3, sort: 'lastSession' })).toEqual(['Eva Alonso', 'Eva Blanco', 'Eva Castro']);
    expect(() => clinic.call('clients.list', { limit: 0 })).toThrow(/at least 1/);
  });

  it('treats % and _ in a search as plain characters', () => {
    create({ givenName: 'Ana', familyName: 'Ruiz' });
    expect(names({ search: '%' })).toEqual([]);
    expect(names({ search: '_' })).toEqual([]);
  });

  it('sorts by next and by last session, clients without one last', () => {
    const ana = create({ givenName: 'Ana', familyName: 'Ruiz' });
    const bea = create({ givenName: 'Bea', familyName: 'Martín' });
    create({ givenName: 'Zoe', familyName: 'Adams' });
    clinic.call('sessions.create', { clientId: ana.id, startsAt: '2026-03-10T10:00', plannedMinutes: 60 });
    clinic.call('sessions.create', { clientId: bea.id, startsAt: '2026-03-05T10:00', plannedMinutes: 60 });
    const past = clinic.call('sessions.create', {
      clientId: ana.id,
      startsAt: '2026-02-20T10:00',
      plannedMinutes: 60,
    });
    clinic.call('sessions.update', {
      id: past.id,
      startsAt: past.startsAt,
      plannedMinutes: 60,
      actualMinutes: 60,
      status: 'completed',
    });
    expect(names({ sort: 'nextSession' })).toEqual(['Bea Martín', 'Ana Ruiz', 'Zoe Adams']);
    expect(names({ sort: 'lastSession' })).toEqual(['Ana Ruiz', 'Zoe Adams', 'Bea Martín']);
    const summary = clinic.call('clients.list', { search: 'ana' })[0]!;
    expect(summary).toMatchObject({ nextSessionAt: '2026-03-10T10:00', lastSessionAt: '2026-02-20T10:00' });
  });

  it('names absolute contraindications on each row', () => {
    create({
      givenName: 'Ana',
      familyName: 'Ruiz',
      contraindications: [{ code: 'aneurysm' }, { code: 'fever' }],
    });
    expect(clinic.call('clients.list', {})[0]!.absoluteContraindications).toEqual(['Aneurysm']);
  });
});

describe('archive, delete, restore and purge', () => {
  it('moves a client between the active, archived and deleted lists and back', () => {
    const ana = create({ givenName: 'Ana', familyName: 'Ruiz' });
    expect(clinic.call('clients.archive', { id: ana.id }).archivedAt).toBe(TEST_CLINIC_NOW.toISOString());
    expect(names({})).toEqual([]);
    expect(names({ show: 'archived' })).toEqual(['Ana Ruiz']);
    clinic.call('clients.unarchive', { id: ana.id });
    expect(names({})).toEqual(['Ana Ruiz']);
    clinic.call('clients.delete', { id: ana.id });
    expect(names({})).toEqual([]);
    expect(names({ show: 'deleted' })).toEqual(['Ana Ruiz']);
    clinic.call('clients.restore', { id: ana.id });
    expect(names({})).toEqual(['Ana Ruiz']);
  });

  it('purges only a deleted client, and then everything recorded about them', () => {
    const ana = create({ givenName: 'Ana', familyName: 'Ruiz', contraindications: [{ code: 'fever' }] });
    clinic.call('sessions.create', { clientId: ana.id, startsAt: '2026-03-10T10:00', plannedMinutes: 60 });
    expect(() => clinic.call('clients.purge', { id: ana.id })).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
    clinic.call('clients.delete', { id: ana.id });
    expect(clinic.call('clients.purge', { id: ana.id })).toEqual({ purged: true });
    for (const table of ['clients', 'sessions', 'client_contraindications']) {
      expect(clinic.db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
  });
});
