import { describe, expect, it } from 'vitest';
import { ClientInput } from '../../../../shared/domain/client';
import { EMPTY_CLIENT, inputFromDraft } from './clientDraft';

describe('the intake draft', () => {
  it('sends no tolerance when no scale is chosen, and numbers for numeric scales', () => {
    const input = inputFromDraft({
      ...EMPTY_CLIENT,
      givenName: 'Ana',
      familyName: 'Ruiz',
      dateOfBirth: '1980-01-01',
      toleranceByRegion: [
        { region: 'Neck', level: { scale: 'algometer', value: '2.5', measuredOn: '2026-01-01' } },
      ],
    });
    expect(ClientInput.parse(input)).toMatchObject({
      consentDate: null,
      toleranceDefault: null,
      toleranceByRegion: [{ region: 'Neck', level: { scale: 'algometer', value: 2.5 } }],
    });
  });

  it('lets the schema name an empty level', () => {
    const input = inputFromDraft({
      ...EMPTY_CLIENT,
      givenName: 'Ana',
      familyName: 'Ruiz',
      dateOfBirth: '1980-01-01',
      toleranceDefault: { scale: 'comfort', value: '', measuredOn: '2026-01-01' },
    });
    expect(ClientInput.safeParse(input).error?.issues[0]).toMatchObject({
      path: ['toleranceDefault', 'value'],
      message: 'Comfort is a whole number from 1 to 10',
    });
  });
});
