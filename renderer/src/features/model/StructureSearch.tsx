import { useEffect, useId, useMemo, useState } from 'react';
import { searchStructures, structureById, structureLabel } from '../../../../shared/anatomy';
import { useViewerStore } from '../../scene/viewerStore';

/**
 * Find a structure by name; choosing one selects it, frames it and fades what lies over it, so it
 * is seen where it sits. Clearing the search (or leaving the screen) brings the view back.
 */
export function StructureSearch() {
  const [query, setQuery] = useState('');
  const results = useMemo(() => searchStructures(query), [query]);
  const reveal = useViewerStore((s) => s.reveal);
  const clearReveal = useViewerStore((s) => s.clearReveal);
  const revealed = useViewerStore((s) => s.revealed?.structureId ?? null);
  const ghostedIds = useViewerStore((s) => s.ghostedIds);
  const inputId = useId();
  const listId = useId();
  useEffect(() => clearReveal, [clearReveal]);
  const revealedStructure = revealed ? structureById(revealed) : undefined;
  return (
    <section
      className="model-panel__section"
      aria-labelledby={`${inputId}-heading`}
      data-ghosted={ghostedIds.join(' ')}
    >
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
        onChange={(e) => {
          setQuery(e.target.value);
          if (e.target.value.trim() === '') clearReveal();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && results[0]) reveal(results[0].id);
        }}
      />
      {revealedStructure && (
        <p className="model-muted" role="status" aria-label="Revealed structure">
          {structureLabel(revealedStructure)}
          {ghostedIds.length > 0 &&
            `, seen through ${ghostedIds.length} ${ghostedIds.length === 1 ? 'structure' : 'structures'} over it`}
        </p>
      )}
      <ul id={listId} className="model-results" aria-label="Matching structures">
        {results.map((s) => (
          <li key={s.id}>
            <button type="button" onClick={() => reveal(s.id)}>
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
