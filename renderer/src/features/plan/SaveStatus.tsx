import type { SaveState } from './useItemEdits';

const WORDS: Record<SaveState, string> = {
  idle: '',
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Not saved',
};

/** A quiet line saying whether what was typed is saved; `data-save-state` is for tests to wait on. */
export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <p className="autosave" role="status" data-save-state={state}>
      {WORDS[state]}
    </p>
  );
}
