import { describe, expect, it } from 'vitest';
import { tenderPointSites } from '../../anatomy';
import { TENDER_POINT_EXAM_ORDER, painfulAtTestPressure } from './tender-points';

describe('the tender-point exam order', () => {
  it('is every one of the 18 sites once, pair by pair from the occiput down, left before right', () => {
    expect([...TENDER_POINT_EXAM_ORDER].sort()).toEqual(
      tenderPointSites()
        .map((site) => site.id)
        .sort(),
    );
    expect(TENDER_POINT_EXAM_ORDER.slice(0, 4)).toEqual([
      'tp_occiput_L',
      'tp_occiput_R',
      'tp_low_cervical_L',
      'tp_low_cervical_R',
    ]);
    expect(TENDER_POINT_EXAM_ORDER.at(-1)).toBe('tp_knee_R');
    expect(TENDER_POINT_EXAM_ORDER.map((id) => tenderPointSites().find((s) => s.id === id)!.side)).toEqual(
      Array.from({ length: 9 }, () => ['left', 'right']).flat(),
    );
  });

  it('calls a site painful at the test pressure when its pain began below 4 kg/cm²', () => {
    expect([3.99, 4, 4.01].map(painfulAtTestPressure)).toEqual([true, false, false]);
  });
});
