import { CAMERA_PRESETS, VIEW_PRESET_IDS } from '../../scene/cameraPresets';
import { useViewerStore } from '../../scene/viewerStore';

/** One button per standard view; the current one is marked pressed. */
export function ViewPresetButtons() {
  const lastPreset = useViewerStore((s) => s.lastPreset);
  const showPreset = useViewerStore((s) => s.showPreset);
  return (
    <div className="model-presets" role="group" aria-label="View">
      {VIEW_PRESET_IDS.map((id) => (
        <button
          key={id}
          type="button"
          aria-pressed={lastPreset === id}
          title={CAMERA_PRESETS[id].description}
          onClick={() => showPreset(id)}
        >
          {CAMERA_PRESETS[id].label}
        </button>
      ))}
    </div>
  );
}
