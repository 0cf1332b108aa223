import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** Well inside the one second a crash may cost, yet not a call per keystroke. */
export const AUTOSAVE_DELAY_MS = 500;

export type AutosaveState<Answer> =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; answer: Answer }
  | { kind: 'failed'; message: string };

/**
 * Saves what was typed shortly after the last keystroke (`typed`), at once on `flush`, and when the
 * page is hidden or closed. `save` reads what to save when it runs, so a save takes everything typed
 * up to then; saves run one after another, so an older one never lands last. `waiting` is true from
 * a keystroke until its save has been sent.
 */
export function useAutosave<Answer>(save: () => Promise<Answer>) {
  const [state, setState] = useState<AutosaveState<Answer>>({ kind: 'idle' });
  const [waiting, setWaiting] = useState(false);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const unsaved = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const latestSave = useRef(save);
  useLayoutEffect(() => {
    latestSave.current = save;
  });

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    if (!unsaved.current) return queue.current;
    unsaved.current = false;
    setWaiting(false);
    setState({ kind: 'saving' });
    queue.current = queue.current
      .then(() => latestSave.current())
      .then(
        (answer) => setState({ kind: 'saved', answer }),
        (error: Error) => setState({ kind: 'failed', message: error.message }),
      );
    return queue.current;
  }, []);

  const typed = useCallback(() => {
    unsaved.current = true;
    setWaiting(true);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  }, [flush]);

  useEffect(() => {
    const onHide = () => void flush();
    const onVisibility = () => document.visibilityState === 'hidden' && onHide();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.clearTimeout(timer.current);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [flush]);

  /** Drops what is waiting and waits for any save in flight, before a save of another kind. */
  const settle = useCallback(async () => {
    window.clearTimeout(timer.current);
    unsaved.current = false;
    setWaiting(false);
    await queue.current;
    setState({ kind: 'idle' });
  }, []);

  return { state, waiting, typed, flush, settle };
}
