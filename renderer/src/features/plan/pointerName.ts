import { create } from 'zustand';
import { sideWords, structureById, type Layer } from '../../../../shared/anatomy';
import type { PointerHover } from '../../scene/viewer/useHoverAndClick';
import { hitForTool } from './hitForTool';
import { usePlanStore } from './planStore';

/** A layer as a therapist says it of one structure. */
const LAYER_WORDS: Record<Layer, string> = {
  superficial_fascia: 'superficial fascia',
  deep_fascia: 'deep fascia',
  superficial_muscle: 'superficial muscle',
  deep_muscle: 'deep muscle',
  skeleton: 'bone',
};

/**
 * What lies under the pointer on the plan's model, as the viewer last reported it (once a frame at
 * most). Kept apart from the plan store so a moving pointer re-renders only the label and the
 * status line, not the screen.
 */
export const usePointerHover = create<{ hover: PointerHover | null }>()(() => ({ hover: null }));

export function reportHover(hover: PointerHover | null): void {
  usePointerHover.setState({ hover });
}

/** "Upper trapezius · superficial muscle · client's left": the structure the current tool would act on. */
export function useNameUnderPointer(): string | null {
  const tool = usePlanStore((s) => s.tool);
  return usePointerHover((s) => {
    const hit = s.hover ? hitForTool(tool, s.hover.hits) : undefined;
    const structure = hit ? structureById(hit.structureId) : undefined;
    if (!hit || !structure) return null;
    return [structure.name, LAYER_WORDS[hit.layer], sideWords(structure.side)].join(' · ');
  });
}
