import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import { draftOf, type SessionFormValues } from './sessionForm';

/** Well inside the one second a crash may cost, yet not a call per keystroke. */
export const AUTOSAVE_DELAY_MS = 500;

export type AutosaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'failed'; message: string };

/**
 * Saves what is typed as the session's draft shortly after the last keystroke, and at once when
 * the page is hidden or closed. Saves run one after another, so an older draft never lands last.
 */
export function useDraftAutosave(sessionId: string, values: SessionFormValues, dirty: boolean) {
  const [state, setState] = useState<AutosaveState>({ kind: 'idle' });
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const unsaved = useRef<SessionFormValues | null>(null);

  const flush = useCallback(() => {
    const values = unsaved.current;
    if (!values) return queue.current;
    unsaved.current = null;
    setState({ kind: 'saving' });
    queue.current = queue.current
      .then(() => call('sessions.saveDraft', { id: sessionId, draft: draftOf(values) }))
      .then(
        ({ savedAt }) => setState({ kind: 'saved', at: savedAt }),
        (error: Error) => setState({ kind: 'failed', message: error.message }),
      );
    return queue.current;
  }, [sessionId]);

  useEffect(() => {
    if (!dirty) return;
    unsaved.current = values;
    const timer = window.setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [values, dirty, flush]);

  useEffect(() => {
    const onHide = () => void flush();
    const onVisibility = () => document.visibilityState === 'hidden' && onHide();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [flush]);

  /** Drops the pending draft and waits for any save in flight, before the note itself is saved. */
  const settle = useCallback(async () => {
    unsaved.current = null;
    await queue.current;
    setState({ kind: 'idle' });
  }, []);

  return { state, settle };
}
