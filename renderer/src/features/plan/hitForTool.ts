import { targetHit } from '../../../../shared/domain/plan/targets';
import type { PickHit } from '../../scene/model/picking';
import { toolById, type ToolId } from './tools';

/**
 * The hit along the ray that `tool` would act on (its target, `targetHit`): what the plan names and
 * lights under the pointer, so the name is the one the mark will carry. Select and move, which have
 * no target of their own, name the structure a click would select.
 */
export function hitForTool(tool: ToolId, hits: readonly PickHit[]): PickHit | undefined {
  const hit = targetHit(hits, toolById(tool).target ?? 'structure');
  return hit && hits.find((candidate) => candidate.structureId === hit.structureId);
}
