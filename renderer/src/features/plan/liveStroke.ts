import { create } from 'zustand';
import type { BrushStroke } from '../../../../shared/domain/plan/region';

/**
 * The stroke being painted, shown on the skin before it is saved. Updated once per animation
 * frame at most while the brush moves, and cleared when the stroke is saved.
 */
export const useLiveStroke = create<{
  stroke: BrushStroke | null;
  set: (stroke: BrushStroke | null) => void;
}>()((set) => ({ stroke: null, set: (stroke) => set({ stroke }) }));
