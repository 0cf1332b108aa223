import '../model/ModelScreen.css';
import { CAMERA_PRESETS, type ViewPresetId } from '../../scene/cameraPresets';
import { useViewerStore } from '../../scene/viewerStore';
import { LayerControls } from '../model/LayerControls';

/** The views a therapist flips between, with their keys. */
export const VIEW_KEYS: readonly { key: string; preset: ViewPresetId }[] = [
  { key: '1', preset: 'anterior' },
  { key: '2', preset: 'posterior' },
  { key: '3', preset: 'left' },
  { key: '4', preset: 'right' },
];

/** View presets and layer toggles, in a corner of the canvas. */
export function ViewCorner() {
  const showPreset = useViewerStore((s) => s.showPreset);
  const lastPreset = useViewerStore((s) => s.lastPreset);
  return (
    <div className="view-corner">
      <div role="group" aria-label="Views">
        {VIEW_KEYS.map(({ key, preset }) => (
          <button
            key={preset}
            type="button"
            className={lastPreset === preset ? 'tool tool--on' : 'tool'}
            aria-pressed={lastPreset === preset}
            aria-keyshortcuts={key}
            title={CAMERA_PRESETS[preset].description}
            onClick={() => showPreset(preset)}
          >
            {CAMERA_PRESETS[preset].label} <kbd>{key}</kbd>
          </button>
        ))}
      </div>
      <details className="view-corner__layers">
        <summary>Layers</summary>
        <LayerControls />
      </details>
    </div>
  );
}
