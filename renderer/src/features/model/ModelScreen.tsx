import { structureById, structureLabel } from '../../../../shared/anatomy';
import { BodyViewer } from '../../scene/BodyViewer';
import { useViewerStore } from '../../scene/viewerStore';
import { LayerControls } from './LayerControls';
import { LineHighlighter } from './LineHighlighter';
import './ModelScreen.css';
import { StructureDetails } from './StructureDetails';
import { StructureSearch } from './StructureSearch';
import { ViewPresetButtons } from './ViewPresetButtons';

/** The hovered structure's name with its side, read out politely for screen readers and tests. */
function HoverName() {
  const hoveredId = useViewerStore((s) => s.hoveredId);
  const structure = hoveredId ? structureById(hoveredId) : undefined;
  return (
    <p className="model-hover" role="status" aria-label="Structure under the pointer">
      {structure ? structureLabel(structure) : 'Point at the model to name a structure'}
    </p>
  );
}

function PickPreferenceToggle() {
  const preference = useViewerStore((s) => s.pickPreference);
  const setPickPreference = useViewerStore((s) => s.setPickPreference);
  return (
    <label className="model-check">
      <input
        type="checkbox"
        checked={preference === 'surface'}
        onChange={(e) => setPickPreference(e.target.checked ? 'surface' : 'muscle')}
      />
      Point at fascia first (otherwise the muscle beneath)
    </label>
  );
}

/** "Body model": explore every structure of the atlas by layer, name and myofascial line. */
export function ModelScreen() {
  return (
    <div className="model-screen">
      <div className="model-stage">
        <div className="model-toolbar">
          <ViewPresetButtons />
          <HoverName />
        </div>
        <BodyViewer
          className="body-viewer model-canvas"
          label="3D body model: drag to orbit, scroll to zoom"
        />
        <p className="model-hint">
          Drag (or Shift + arrow keys) to orbit, right-drag (or arrow keys) to pan, scroll (or + and -) to
          zoom, double-click to frame.
        </p>
      </div>
      <aside className="model-panel" aria-label="Body model controls">
        <h1 className="model-title">Body model</h1>
        <StructureSearch />
        <StructureDetails />
        <LayerControls />
        <PickPreferenceToggle />
        <LineHighlighter />
      </aside>
    </div>
  );
}
