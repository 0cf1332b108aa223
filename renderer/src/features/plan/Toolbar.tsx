import { BRUSH_RADII_CM, TOOLS, toolById, toolHint } from './tools';
import { usePlanStore } from './planStore';

/** The tools over the canvas, each with its key; the brush radius shows while a painting tool is on. */
export function Toolbar() {
  const tool = usePlanStore((s) => s.tool);
  const setTool = usePlanStore((s) => s.setTool);
  const radius = usePlanStore((s) => s.brushRadiusCm);
  const setRadius = usePlanStore((s) => s.setBrushRadius);
  const history = usePlanStore((s) => s.history);
  const undo = usePlanStore((s) => s.undo);
  const redo = usePlanStore((s) => s.redo);
  return (
    <div className="plan-toolbar" role="toolbar" aria-label="Tools">
      {TOOLS.map((entry) => (
        <button
          key={entry.id}
          type="button"
          className={entry.id === tool ? 'tool tool--on' : 'tool'}
          aria-pressed={entry.id === tool}
          aria-keyshortcuts={entry.key.toUpperCase()}
          title={toolHint(entry)}
          onClick={() => setTool(entry.id)}
        >
          {entry.label} <kbd>{entry.key.toUpperCase()}</kbd>
        </button>
      ))}
      {toolById(tool).paints && (
        <label className="brush">
          Brush radius
          <select
            value={radius}
            onChange={(event) => setRadius(Number(event.target.value))}
            aria-keyshortcuts="[ ]"
          >
            {BRUSH_RADII_CM.map((value) => (
              <option key={value} value={value}>
                {value} cm
              </option>
            ))}
          </select>
        </label>
      )}
      <button
        type="button"
        className="tool"
        disabled={history.done.length === 0}
        aria-keyshortcuts="Control+Z"
        onClick={() => void undo()}
      >
        Undo <kbd>Ctrl Z</kbd>
      </button>
      <button
        type="button"
        className="tool"
        disabled={history.undone.length === 0}
        aria-keyshortcuts="Control+Shift+Z"
        onClick={() => void redo()}
      >
        Redo <kbd>Ctrl ⇧ Z</kbd>
      </button>
    </div>
  );
}
