import { firstHit, type PickHit, type PickPreference } from '../../scene/model/picking';
import type { ToolId } from './tools';

/**
 * The tools that act on the outermost surface under the pointer: an adhesion sits on the fascia,
 * a brush paints the skin, a tender-point site is found from the surface point. The others (a
 * trigger point, a zone on a structure, selecting) act on the muscle beneath any fascia.
 */
const SURFACE_TOOLS: ReadonlySet<ToolId> = new Set<ToolId>([
  'adhesion',
  'tender_point',
  'pain_area',
  'caution',
  'zone_paint',
  'referral',
  'erase',
]);

function preferenceOf(tool: ToolId): PickPreference {
  return SURFACE_TOOLS.has(tool) ? 'surface' : 'muscle';
}

/** The hit along the ray that `tool` would act on: what the plan names and lights under the pointer. */
export function hitForTool(tool: ToolId, hits: readonly PickHit[]): PickHit | undefined {
  return firstHit(hits, preferenceOf(tool));
}
