import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestClinic, TEST_CLINIC_NOW, type TestClinic } from '../../test-support/temp-db';

let clinic: TestClinic;
beforeEach(() => {
  clinic = openTestClinic(TEST_CLINIC_NOW);
});
afterEach(() => clinic.close());

describe('settings', () => {
  it('starts empty and keeps the clinic and therapist names', () => {
    expect(clinic.call('settings.get', {})).toEqual({
      clinicName: '',
      therapistName: '',
      paperSize: 'a4',
      algometerUnit: 'kgf',
      clinicPhone: '',
      updatedAt: null,
    });
    clinic.call('settings.update', { clinicName: ' Clínica Sur ', therapistName: 'Lucía Gómez' });
    expect(clinic.call('settings.get', {})).toEqual({
      clinicName: 'Clínica Sur',
      therapistName: 'Lucía Gómez',
      paperSize: 'a4',
      algometerUnit: 'kgf',
      clinicPhone: '',
      updatedAt: TEST_CLINIC_NOW.toISOString(),
    });
  });

  it('keeps the paper printouts are laid out for, unless an update names another', () => {
    clinic.call('settings.update', {
      clinicName: 'Clínica Sur',
      therapistName: 'Lucía Gómez',
      paperSize: 'letter',
    });
    clinic.call('settings.update', { clinicName: 'Clínica Norte', therapistName: 'Lucía Gómez' });
    expect(clinic.call('settings.get', {})).toMatchObject({
      clinicName: 'Clínica Norte',
      paperSize: 'letter',
    });
  });

  it('keeps the algometer unit the clinic chose, unless an update names another', () => {
    clinic.call('settings.update', { clinicName: 'Clínica Sur', therapistName: '', algometerUnit: 'lbf' });
    clinic.call('settings.update', { clinicName: 'Clínica Sur', therapistName: 'Lucía Gómez' });
    expect(clinic.call('settings.get', {}).algometerUnit).toBe('lbf');
    expect(() =>
      clinic.call('settings.update', {
        clinicName: '',
        therapistName: '',
        algometerUnit: 'psi' as never,
      }),
    ).toThrow(/Choose kgf, lbf, N or kPa/);
  });

  it('keeps the clinic’s phone number unless an update names another, and refuses one that is not a number', () => {
    clinic.call('settings.update', {
      clinicName: 'Clínica Sur',
      therapistName: '',
      clinicPhone: ' +34 (91) 234-5678 ',
    });
    clinic.call('settings.update', { clinicName: 'Clínica Sur', therapistName: 'Lucía Gómez' });
    expect(clinic.call('settings.get', {}).clinicPhone).toBe('+34 (91) 234-5678');
    expect(() =>
      clinic.call('settings.update', {
        clinicName: 'Clínica Sur',
        therapistName: '',
        clinicPhone: 'call us',
      }),
    ).toThrow(/A phone number has only digits/);
    expect(clinic.call('settings.get', {}).clinicPhone).toBe('+34 (91) 234-5678');
    clinic.call('settings.update', { clinicName: 'Clínica Sur', therapistName: '', clinicPhone: '' });
    expect(clinic.call('settings.get', {}).clinicPhone).toBe('');
  });
});
