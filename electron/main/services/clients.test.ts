import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../shared/api/errors';
import { ClientInput } from '../../../shared/domain/client';
import { openTestClinic, type TestClinic } from '../testing/temp-db';

let clinic: TestClinic;
const create = (fields: Partial<ClientInput> & Pick<ClientInput, 'givenName' | 'familyName'>) =>
  clinic.handlers['clients.create'](ClientInput.parse({ dateOfBirth: '1975-06-15', ...fields }));

beforeEach(() => {
  clinic = openTestClinic(new Date('2026-03-02T09:30:00Z'));
});
afterEach(() => clinic.close());

describe('clients.create', () => {
  it('stores the client with an id and timestamps and returns it', () => {
    const client = create({ givenName: 'Maria', familyName: 'López', phone: '+34 600 000 000' });
    expect(client).toMatchObject({
      givenName: 'Maria',
      familyName: 'López',
      phone: '+34 600 000 000',
      createdAt: '2026-03-02T09:30:00.000Z',
      updatedAt: '2026-03-02T09:30:00.000Z',
    });
    const row = clinic.db.prepare('SELECT family_name FROM clients WHERE id = ?').get(client.id);
    expect(row).toEqual({ family_name: 'López' });
  });

  it('refuses a date of birth in the future and writes nothing', () => {
    expect(() => create({ givenName: 'A', familyName: 'B', dateOfBirth: '2026-03-03' })).toThrow(ApiFailure);
    expect(clinic.db.prepare('SELECT count(*) AS n FROM clients').get()).toEqual({ n: 0 });
  });
});

describe('clients.get', () => {
  it('finds a client by id, and says NOT_FOUND otherwise', () => {
    const client = create({ givenName: 'Ana', familyName: 'Ruiz' });
    expect(clinic.handlers['clients.get']({ id: client.id })).toEqual(client);
    expect(() => clinic.handlers['clients.get']({ id: '00000000-0000-4000-8000-00000000dead' })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });
});

describe('clients.list', () => {
  it('lists by family name and searches given, family or full name without regard to case', () => {
    create({ givenName: 'Zoe', familyName: 'Adams' });
    create({ givenName: 'Ana', familyName: 'Ruiz' });
    create({ givenName: 'Bea', familyName: 'Martín' });
    const names = (search: string) =>
      clinic.handlers['clients.list']({ search }).map((client) => `${client.givenName} ${client.familyName}`);
    expect(names('')).toEqual(['Zoe Adams', 'Bea Martín', 'Ana Ruiz']);
    expect(names('ruiz')).toEqual(['Ana Ruiz']);
    expect(names('ana r')).toEqual(['Ana Ruiz']);
    expect(names('ruiz ana')).toEqual(['Ana Ruiz']);
  });

  it('treats % and _ in a search as plain characters', () => {
    create({ givenName: 'Ana', familyName: 'Ruiz' });
    expect(clinic.handlers['clients.list']({ search: '%' })).toEqual([]);
    expect(clinic.handlers['clients.list']({ search: '_' })).toEqual([]);
  });
});
