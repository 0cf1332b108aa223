import { useEffect, useRef } from 'react';
import { call } from '../../api/client';
import { useAutosave, type AutosaveState as SavingState } from '../../ui/useAutosave';
import { draftOf, type SessionFormValues } from './sessionForm';

export type AutosaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'failed'; message: string };

/** The draft's saving state, with the time main says the draft was saved. */
function draftState(state: SavingState<string>): AutosaveState {
  return state.kind === 'saved' ? { kind: 'saved', at: state.answer } : state;
}

/**
 * Saves what is typed as the session's draft shortly after the last keystroke, and at once when
 * the page is hidden or closed (`useAutosave`).
 */
export function useDraftAutosave(sessionId: string, values: SessionFormValues, dirty: boolean) {
  const typedValues = useRef(values);
  const { state, typed, settle } = useAutosave(async () => {
    const { savedAt } = await call('sessions.saveDraft', {
      id: sessionId,
      draft: draftOf(typedValues.current),
    });
    return savedAt;
  });

  useEffect(() => {
    if (!dirty) return;
    typedValues.current = values;
    typed();
  }, [values, dirty, typed]);

  return { state: draftState(state), settle };
}
