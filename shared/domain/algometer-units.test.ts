import { describe, expect, it } from 'vitest';
import {
  ACR_TENDER_THRESHOLD_KG_CM2,
  ALGOMETER_UNITS,
  describeAlgometer,
  fromStoredKgCm2,
  toStoredKgCm2,
} from './algometer-units';
import { algometerRangeMessage, describePressure, inAlgometerRange } from './pressure';

describe('algometer units on the 1 cm² tip', () => {
  it('stores a reading typed as 8.8 lbf as 3.99 kg/cm²', () => {
    expect(toStoredKgCm2(8.8, 'lbf')).toBe(3.99);
  });

  it('converts exactly by the defining constants', () => {
    expect(toStoredKgCm2(9.80665, 'N')).toBe(1);
    expect(toStoredKgCm2(98.0665, 'kPa')).toBe(1);
    expect(toStoredKgCm2(1 / 0.45359237, 'lbf')).toBe(1);
    expect(toStoredKgCm2(3.99, 'kgf')).toBe(3.99);
  });

  it('shows the ACR 4 kg/cm² threshold as 8.82 lbf, 39.2 N/cm² and 392 kPa', () => {
    expect(describeAlgometer(ACR_TENDER_THRESHOLD_KG_CM2, 'kgf')).toBe('4 kg/cm²');
    expect(describeAlgometer(ACR_TENDER_THRESHOLD_KG_CM2, 'lbf')).toBe('8.82 lbf');
    expect(describeAlgometer(ACR_TENDER_THRESHOLD_KG_CM2, 'N')).toBe('39.2 N/cm²');
    expect(describeAlgometer(ACR_TENDER_THRESHOLD_KG_CM2, 'kPa')).toBe('392 kPa');
  });

  it('gives a typed reading back as typed, at the precision each unit is shown in', () => {
    const typed = { kgf: 3.5, lbf: 8.8, N: 34.3, kPa: 343 } as const;
    for (const unit of ALGOMETER_UNITS) {
      expect(fromStoredKgCm2(toStoredKgCm2(typed[unit], unit), unit)).toBe(typed[unit]);
    }
  });

  it('checks the range after conversion and says it in the chosen unit', () => {
    expect(inAlgometerRange(33, 'lbf')).toBe(true);
    expect(inAlgometerRange(34, 'lbf')).toBe(false);
    expect(inAlgometerRange(20, 'kgf')).toBe(false);
    expect(algometerRangeMessage('lbf')).toBe('Algometer pressure is between 0.22 lbf and 33.07 lbf');
    expect(algometerRangeMessage('kPa')).toBe('Algometer pressure is between 10 kPa and 1471 kPa');
  });

  it('describes a stored tolerance in the clinic’s unit', () => {
    const level = { scale: 'algometer', value: 3.99, measuredOn: '2026-03-02' } as const;
    expect(describePressure(level)).toBe('3.99 kg/cm²');
    expect(describePressure(level, 'lbf')).toBe('8.8 lbf');
  });
});
