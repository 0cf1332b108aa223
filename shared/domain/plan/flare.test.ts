import { describe, expect, it } from 'vitest';
import { describeFlareReport, flareReportOf, oneStepLighter } from './flare';

describe('one pressure step lighter', () => {
  it('steps down on the zone’s own scale, and keeps the lightest where it is', () => {
    expect(oneStepLighter({ scale: 'ordinal', value: 'firm' })).toEqual({
      scale: 'ordinal',
      value: 'moderate',
    });
    expect(oneStepLighter({ scale: 'ordinal', value: 'light' })).toEqual({
      scale: 'ordinal',
      value: 'light',
    });
    expect(oneStepLighter({ scale: 'comfort', value: 6 })).toEqual({ scale: 'comfort', value: 5 });
    expect(oneStepLighter({ scale: 'comfort', value: 1 })).toEqual({ scale: 'comfort', value: 1 });
    expect(oneStepLighter({ scale: 'algometer', value: 3 })).toEqual({ scale: 'algometer', value: 2.5 });
  });
});

describe('the soreness or flare report', () => {
  const note = { soreness: 'severe' as const, flare: false, sorenessRegions: ['lower_back'] };

  it('counts moderate or severe soreness, or a flare, where a region is named', () => {
    expect(flareReportOf(note, '2026-03-12')).toEqual({
      reportedOn: '2026-03-12',
      soreness: 'severe',
      flare: false,
      regions: ['lower_back'],
    });
    expect(flareReportOf({ ...note, soreness: 'mild' }, '2026-03-12')).toBeNull();
    expect(flareReportOf({ ...note, soreness: 'mild', flare: true }, '2026-03-12')).not.toBeNull();
    expect(flareReportOf({ ...note, sorenessRegions: [] }, '2026-03-12')).toBeNull();
  });

  it('is told in the clinic’s words', () => {
    const report = flareReportOf({ ...note, soreness: null, flare: true }, '2026-03-12')!;
    expect(describeFlareReport(report)).toBe('A flare reported on 2026-03-12 in the Lower back');
    expect(describeFlareReport(flareReportOf(note, '2026-03-12')!)).toBe(
      'Severe soreness reported on 2026-03-12 in the Lower back',
    );
  });
});
