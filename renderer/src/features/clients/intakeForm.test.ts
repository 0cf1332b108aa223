import { describe, expect, it } from 'vitest';
import { intakeSchema, intakeValues, type IntakeValues } from './intakeForm';

const schema = intakeSchema('2026-06-01');
const ana: IntakeValues = {
  ...intakeValues(),
  givenName: 'Ana',
  familyName: 'Ruiz',
  dateOfBirth: '1980-01-01',
};

describe('the intake form', () => {
  it('sends no tolerance when no scale is chosen, and numbers for numeric scales', () => {
    const read = schema.parse({
      ...ana,
      toleranceByRegion: [
        { region: 'Neck', level: { scale: 'algometer', value: '2.5', measuredOn: '2026-01-01' } },
      ],
    });
    expect(read).toMatchObject({
      consentDate: null,
      toleranceDefault: null,
      toleranceByRegion: [{ region: 'Neck', level: { scale: 'algometer', value: 2.5 } }],
    });
  });

  it('lets the schema name an empty level beside its field', () => {
    const read = schema.safeParse({
      ...ana,
      toleranceDefault: { scale: 'comfort', value: '', measuredOn: '2026-01-01' },
    });
    expect(read.error?.issues[0]).toMatchObject({
      path: ['toleranceDefault', 'value'],
      message: 'Comfort is a whole number from 1 to 10',
    });
  });

  it('sends ticked conditions before the therapist’s own, and medications as names', () => {
    const read = schema.parse({
      ...ana,
      knownConditions: ['Fibromyalgia'],
      otherConditions: [{ name: 'Scoliosis' }],
      medications: [{ name: 'Duloxetine' }],
    });
    expect(read).toMatchObject({ conditions: ['Fibromyalgia', 'Scoliosis'], medications: ['Duloxetine'] });
  });

  it('puts a message about a listed condition or medication on the row that holds it', () => {
    const read = schema.safeParse({
      ...ana,
      knownConditions: ['Fibromyalgia'],
      otherConditions: [{ name: 'Scoliosis' }, { name: 'Fibromyalgia' }],
      medications: [{ name: '' }],
    });
    expect(read.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['medications.0.name']);
    const repeated = schema.safeParse({
      ...ana,
      knownConditions: ['Fibromyalgia'],
      otherConditions: [{ name: 'Scoliosis' }, { name: 'Fibromyalgia' }],
    });
    expect(repeated.error?.issues).toMatchObject([
      { path: ['otherConditions', '1', 'name'], message: '“Fibromyalgia” is listed twice' },
    ]);
  });
});
