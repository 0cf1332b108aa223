import { useId } from 'react';
import { myofascialLines } from '../../../../shared/anatomy';
import { useViewerStore } from '../../scene/viewerStore';

/** Highlights every structure of one myofascial line on the model. */
export function LineHighlighter() {
  const lineId = useViewerStore((s) => s.highlightedLineId);
  const highlight = useViewerStore((s) => s.highlight);
  const id = useId();
  return (
    <section className="model-panel__section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Myofascial lines</h2>
      <label htmlFor={id} className="model-field">
        Highlight a line
      </label>
      <select
        id={id}
        value={lineId ?? ''}
        onChange={(e) => {
          const line = myofascialLines().find((l) => l.id === e.target.value);
          highlight(line ? line.structureIds : [], line ? line.id : null);
        }}
      >
        <option value="">None</option>
        {myofascialLines().map((line) => (
          <option key={line.id} value={line.id}>
            {line.name}
          </option>
        ))}
      </select>
    </section>
  );
}
