import { mirrorPoint, type Vec3 } from '../../../../../shared/anatomy';
import { tenderPointSite } from '../../../../../shared/domain/plan/tender-points';
import type { PointView } from '../../../scene/viewerStore';

/**
 * Where the therapist looks from to press each site, for the client's left (+x); the right side's
 * is its mirror image. Sites on the back are seen from behind, the low cervical and second rib from
 * the front, the epicondyle and trochanter from the side they stand out on, the knee's medial fat
 * pad from the front and a little inside.
 */
const LEFT_SIDE_DIRECTIONS: Readonly<Record<string, Vec3>> = {
  tp_occiput: [0.3, 0.2, -1],
  tp_low_cervical: [0.5, 0.1, 1],
  tp_trapezius: [0.3, 0.6, -1],
  tp_supraspinatus: [0.2, 0.3, -1],
  tp_second_rib: [0.2, 0.1, 1],
  tp_lateral_epicondyle: [1, 0.1, -0.4],
  tp_gluteal: [0.3, 0.1, -1],
  tp_greater_trochanter: [1, 0.1, -0.6],
  tp_knee: [-0.3, 0.1, 1],
};

/** Close enough to see the site and what is around it: about 65 cm of body from top to bottom. */
const SITE_DISTANCE_CM = 120;

/** The camera's view of one tender-point site during the exam. */
export function siteView(siteId: string): PointView {
  const site = tenderPointSite(siteId);
  const direction = LEFT_SIDE_DIRECTIONS[siteId.replace(/_[LR]$/, '')];
  if (!site || !direction) throw new Error(`Not a tender-point site: ${siteId}`);
  return {
    point: site.point,
    direction: site.side === 'right' ? mirrorPoint(direction) : direction,
    distanceCm: SITE_DISTANCE_CM,
  };
}
