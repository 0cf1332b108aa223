import { describe, expect, it } from 'vitest';
import { mirrorPoint } from '../../../../../shared/anatomy';
import { TENDER_POINT_EXAM_ORDER, tenderPointSite } from '../../../../../shared/domain/plan/tender-points';
import { siteView } from './siteViews';

describe('the exam’s view of each site', () => {
  it('looks at every one of the 18 sites, the right side’s view the mirror of the left’s', () => {
    for (const siteId of TENDER_POINT_EXAM_ORDER) {
      expect(siteView(siteId).point).toEqual(tenderPointSite(siteId)!.point);
      if (siteId.endsWith('_R')) {
        expect(siteView(siteId).direction).toEqual(
          mirrorPoint(siteView(siteId.replace(/_R$/, '_L')).direction),
        );
      }
    }
  });

  it('sees the sites on the back from behind and those on the front from the front', () => {
    expect(siteView('tp_supraspinatus_L').direction[2]).toBeLessThan(0);
    expect(siteView('tp_gluteal_R').direction[2]).toBeLessThan(0);
    expect(siteView('tp_second_rib_L').direction[2]).toBeGreaterThan(0);
    expect(siteView('tp_knee_R').direction[2]).toBeGreaterThan(0);
  });
});
