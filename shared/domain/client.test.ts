import { describe, expect, it } from 'vitest';
import { ClientInput, clientAlerts, clientRuleIssues } from './client';

const minimal = { givenName: 'Ana', familyName: 'Ruiz', dateOfBirth: '1980-12-10' };

describe('ClientInput', () => {
  it('accepts a minimal client and fills the optional fields', () => {
    const parsed = ClientInput.parse({ givenName: ' Ada ', familyName: 'Byron', dateOfBirth: '1980-12-10' });
    expect(parsed).toEqual({
      givenName: 'Ada',
      familyName: 'Byron',
      dateOfBirth: '1980-12-10',
      phone: '',
      email: '',
      conditions: [],
      medications: [],
      goals: '',
      consentDate: null,
      contraindications: [],
      otherContraindications: [],
      toleranceDefault: null,
      toleranceByRegion: [],
      areasToAvoid: [],
      pressurePreferences: '',
      heightCm: null,
      weightKg: null,
      sex: null,
    });
  });

  it('says which field is wrong and why', () => {
    const result = ClientInput.safeParse({
      givenName: '',
      familyName: 'B',
      dateOfBirth: '10/12/1980',
      email: 'nope',
      toleranceDefault: { scale: 'comfort', value: 11, measuredOn: '2026-01-01' },
    });
    const messages = Object.fromEntries(
      result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]),
    );
    expect(messages).toEqual({
      givenName: 'Given name is required',
      dateOfBirth: 'Enter a date as YYYY-MM-DD',
      email: 'Enter an email such as name@example.org',
      'toleranceDefault.value': 'Comfort is a whole number from 1 to 10',
    });
  });

  it('refuses fields the form does not have', () => {
    expect(ClientInput.safeParse({ ...minimal, admin: true }).success).toBe(false);
  });
});

describe('clientRuleIssues', () => {
  it('refuses a date of birth after today', () => {
    expect(clientRuleIssues({ dateOfBirth: '2026-03-03' }, '2026-03-02')).toEqual([
      { path: 'dateOfBirth', message: 'Date of birth cannot be in the future' },
    ]);
  });

  it('accepts today and refuses dates before 1900', () => {
    expect(clientRuleIssues({ dateOfBirth: '2026-03-02' }, '2026-03-02')).toEqual([]);
    expect(clientRuleIssues({ dateOfBirth: '1899-12-31' }, '2026-03-02')[0]?.path).toBe('dateOfBirth');
  });

  it('names consent and tolerance dates in the future, and repeated entries', () => {
    const input = ClientInput.parse({
      ...minimal,
      consentDate: '2026-03-05',
      conditions: ['Fibromyalgia', 'Fibromyalgia'],
      toleranceByRegion: [
        { region: 'Neck', level: { scale: 'ordinal', value: 'light', measuredOn: '2026-03-04' } },
        { region: 'neck', level: { scale: 'ordinal', value: 'firm', measuredOn: '2026-03-01' } },
      ],
    });
    expect(clientRuleIssues(input, '2026-03-02')).toEqual([
      { path: 'consentDate', message: 'Consent cannot be dated in the future' },
      { path: 'conditions.1', message: '“Fibromyalgia” is listed twice' },
      {
        path: 'toleranceByRegion.0.level.measuredOn',
        message: 'A tolerance cannot be measured in the future',
      },
      { path: 'toleranceByRegion.1.region', message: '“neck” already has a tolerance' },
    ]);
  });
});

describe('clientAlerts', () => {
  it('gathers what must never be missed', () => {
    const input = ClientInput.parse({
      ...minimal,
      contraindications: [{ code: 'aneurysm' }, { code: 'anticoagulant-therapy' }, { code: 'fever' }],
      otherContraindications: [{ name: 'Active cancer treatment', absolute: true }],
      toleranceDefault: { scale: 'algometer', value: 2, measuredOn: '2026-01-01' },
      areasToAvoid: [{ regions: ['leg_L'], note: 'Knee' }, { note: 'Nothing cold' }],
    });
    expect(clientAlerts(input)).toEqual({
      absoluteContraindications: ['Aneurysm', 'Active cancer treatment'],
      anticoagulants: true,
      areasToAvoid: "Lower leg (client's left): Knee; Nothing cold",
      tolerance: '2 kg/cm²',
    });
  });
});
