import { create } from 'zustand';
import { LAYERS, structureById, type Layer, type Vec3 } from '../../../shared/anatomy';
import type { ViewPresetId } from './cameraPresets';
import type { PickPreference } from './model/picking';

/**
 * What the body viewer shows, as a small store the side panel and the canvas share. Only
 * decisions live here (layers, selection, hover name, camera requests); per-frame values (camera
 * pose, frame count) stay in refs inside the viewer.
 */
export type LayerMode = 'show' | 'ghost' | 'hide';

/** A one-shot camera instruction; `nonce` makes repeating the same request take effect again. */
export type CameraRequest =
  | { kind: 'preset'; preset: ViewPresetId; nonce: number }
  | { kind: 'focus'; structureId: string; nonce: number; reveal?: boolean }
  | { kind: 'point'; view: PointView; nonce: number };

/** A close view of one point of the body: from `direction` (model space), `distanceCm` away. */
export interface PointView {
  point: Vec3;
  direction: Vec3;
  distanceCm: number;
}

export interface ViewerState {
  layerModes: Record<Layer, LayerMode>;
  /** 0..1, applied to both fascia layers. */
  fasciaOpacity: number;
  hoveredId: string | null;
  selectedId: string | null;
  highlightedIds: readonly string[];
  highlightedLineId: string | null;
  /**
   * Structures faded one by one (not a whole layer): what lies over a structure a search revealed,
   * as seen from where the camera framed it.
   */
  ghostedIds: readonly string[];
  /** The structure a search revealed, and the layer modes from before, which clearing restores. */
  revealed: { structureId: string; before: Record<Layer, LayerMode>; shown: Record<Layer, LayerMode> } | null;
  pickPreference: PickPreference;
  cameraRequest: CameraRequest | null;
  lastPreset: ViewPresetId | null;
  setLayerMode(layer: Layer, mode: LayerMode): void;
  setFasciaOpacity(opacity: number): void;
  hover(id: string | null): void;
  select(id: string | null): void;
  highlight(ids: readonly string[], lineId?: string | null): void;
  setPickPreference(preference: PickPreference): void;
  showPreset(preset: ViewPresetId): void;
  focusStructure(id: string): void;
  viewPoint(view: PointView): void;
  /** Selects and frames a structure, shows its layer if hidden, and asks the viewer to ghost what lies over it. */
  reveal(id: string): void;
  /** The viewer's answer to `reveal`: the structures over the revealed one from the camera. */
  ghostOver(ids: readonly string[]): void;
  /** Ends a reveal: no ghosts, and the layer modes as they were unless changed since. */
  clearReveal(): void;
  reset(): void;
}

const INITIAL_MODES: Record<Layer, LayerMode> = Object.fromEntries(LAYERS.map((l) => [l, 'show'])) as Record<
  Layer,
  LayerMode
>;

/**
 * The body as it is before anyone changes it: every layer shown, nothing selected, hovered or
 * highlighted. What a fresh screen starts from, and all a printed snapshot ever shows.
 */
export const PLAIN_LOOK = {
  layerModes: INITIAL_MODES,
  fasciaOpacity: 0.55,
  hoveredId: null,
  selectedId: null,
  highlightedIds: [],
  highlightedLineId: null,
  ghostedIds: [],
} as const satisfies Partial<ViewerState>;

let nonce = 0;

export const useViewerStore = create<ViewerState>()((set) => ({
  ...PLAIN_LOOK,
  revealed: null,
  pickPreference: 'muscle',
  cameraRequest: null,
  lastPreset: 'anterior',
  setLayerMode: (layer, mode) => set((s) => ({ layerModes: { ...s.layerModes, [layer]: mode } })),
  setFasciaOpacity: (opacity) => set({ fasciaOpacity: Math.min(1, Math.max(0, opacity)) }),
  hover: (id) => set((s) => (s.hoveredId === id ? s : { hoveredId: id })),
  select: (id) => set({ selectedId: id }),
  highlight: (ids, lineId = null) => set({ highlightedIds: ids, highlightedLineId: lineId }),
  setPickPreference: (pickPreference) => set({ pickPreference }),
  showPreset: (preset) =>
    set({ cameraRequest: { kind: 'preset', preset, nonce: ++nonce }, lastPreset: preset }),
  focusStructure: (structureId) =>
    set({ cameraRequest: { kind: 'focus', structureId, nonce: ++nonce }, lastPreset: null }),
  viewPoint: (view) => set({ cameraRequest: { kind: 'point', view, nonce: ++nonce }, lastPreset: null }),
  reveal: (structureId) =>
    set((s) => {
      const before = s.revealed?.before ?? s.layerModes;
      const layer = structureById(structureId)?.layer;
      const shown =
        layer && s.layerModes[layer] === 'hide' ? { ...s.layerModes, [layer]: 'show' } : s.layerModes;
      return {
        selectedId: structureId,
        ghostedIds: [],
        layerModes: shown,
        revealed: { structureId, before, shown },
        cameraRequest: { kind: 'focus', structureId, nonce: ++nonce, reveal: true },
        lastPreset: null,
      };
    }),
  ghostOver: (ghostedIds) => set((s) => (s.revealed ? { ghostedIds } : s)),
  clearReveal: () =>
    set((s) =>
      s.revealed
        ? {
            ghostedIds: [],
            revealed: null,
            layerModes: s.layerModes === s.revealed.shown ? s.revealed.before : s.layerModes,
          }
        : s,
    ),
  reset: () =>
    set({
      ...PLAIN_LOOK,
      revealed: null,
      pickPreference: 'muscle',
      cameraRequest: null,
      lastPreset: 'anterior',
    }),
}));
