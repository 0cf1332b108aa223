import { useId, useMemo, useState } from 'react';
import { searchStructures, structureLabel } from '../../../../shared/anatomy';
import { useViewerStore } from '../../scene/viewerStore';

/** Find a structure by name; choosing one selects it and turns the camera to it. */
export function StructureSearch() {
  const [query, setQuery] = useState('');
  const results = useMemo(() => searchStructures(query), [query]);
  const select = useViewerStore((s) => s.select);
  const focusStructure = useViewerStore((s) => s.focusStructure);
  const inputId = useId();
  const listId = useId();
  const choose = (id: string) => {
    select(id);
    focusStructure(id);
  };
  return (
    <section className="model-panel__section" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>Find a structure</h2>
      <label htmlFor={inputId} className="model-field">
        Search structures
      </label>
      <input
        id={inputId}
        type="search"
        value={query}
        placeholder="e.g. piriformis"
        autoComplete="off"
        aria-controls={listId}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && results[0]) choose(results[0].id);
        }}
      />
      <ul id={listId} className="model-results" aria-label="Matching structures">
        {results.map((s) => (
          <li key={s.id}>
            <button type="button" onClick={() => choose(s.id)}>
              {structureLabel(s)}
            </button>
          </li>
        ))}
        {query.trim() !== '' && results.length === 0 && (
          <li className="model-muted">No structure matches.</li>
        )}
      </ul>
    </section>
  );
}
