import { describe, expect, it } from 'vitest';
import { bodyAreaOf, describeBodyArea, describeBodySize, mostellerM2, REFERENCE_ADULT } from './body-size';
import { ClientInput } from './client';

const BASE = { givenName: 'Ana', familyName: 'Ruiz', dateOfBirth: '1970-05-01' };

describe('body size', () => {
  it("Mosteller's area is the root of height times weight over 3600", () => {
    expect(mostellerM2(180, 80)).toBeCloseTo(2, 9);
    expect(mostellerM2(160, 55)).toBeCloseTo(1.5635, 4);
  });

  it('measures a client with their own height and weight, and anyone else as the reference adult', () => {
    expect(bodyAreaOf({ heightCm: 160, weightKg: 55 })).toEqual({
      areaCm2: expect.closeTo(15_635, 0),
      source: 'client',
    });
    const reference = bodyAreaOf({ heightCm: 160, weightKg: null });
    expect(reference).toEqual({
      areaCm2: mostellerM2(REFERENCE_ADULT.heightCm, REFERENCE_ADULT.weightKg) * 1e4,
      source: 'reference',
    });
    expect(describeBodyArea(reference)).toContain('reference adult of 174 cm and 71 kg');
  });

  it('refuses a height in metres or a weight in pounds past any adult, naming the unit', () => {
    const height = ClientInput.safeParse({ ...BASE, heightCm: 1.65 });
    expect(height.error?.issues[0]).toMatchObject({
      path: ['heightCm'],
      message: 'Height is between 120 and 230 cm',
    });
    const weight = ClientInput.safeParse({ ...BASE, weightKg: 350 });
    expect(weight.error?.issues[0]).toMatchObject({
      path: ['weightKg'],
      message: 'Weight is between 30 and 300 kg',
    });
    expect(ClientInput.parse({ ...BASE, heightCm: 165, weightKg: 58.5, sex: 'female' })).toMatchObject({
      heightCm: 165,
      weightKg: 58.5,
      sex: 'female',
    });
    expect(ClientInput.parse(BASE)).toMatchObject({ heightCm: null, weightKg: null, sex: null });
  });

  it('says the size as recorded, with the skin area once both height and weight are there', () => {
    expect(describeBodySize({ heightCm: 160, weightKg: 55, sex: 'female' })).toBe(
      '160 cm, 55 kg, female: 1.56 m² of skin',
    );
    expect(describeBodySize({ heightCm: 160, weightKg: null, sex: null })).toBe('160 cm');
    expect(describeBodySize({ heightCm: null, weightKg: null, sex: null })).toBe('Not recorded');
  });
});
