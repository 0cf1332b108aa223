/**
 * Undo and redo as contract calls: each change the therapist makes is recorded with the call that
 * reverses it (a delete by restore, an update by the update back), so an undo is saved to the
 * database the same way the change was, and nothing lives only in memory.
 */
export interface Change {
  label: string;
  undo: () => Promise<unknown>;
  redo: () => Promise<unknown>;
}

export interface History {
  readonly done: readonly Change[];
  readonly undone: readonly Change[];
}

export const EMPTY_HISTORY: History = { done: [], undone: [] };

/** Keeps the last this many changes: enough for a session, bounded for a long day. */
export const HISTORY_LIMIT = 100;

export function recorded(history: History, change: Change): History {
  return { done: [...history.done, change].slice(-HISTORY_LIMIT), undone: [] };
}

export async function undo(history: History): Promise<History> {
  const change = history.done.at(-1);
  if (!change) return history;
  await change.undo();
  return { done: history.done.slice(0, -1), undone: [...history.undone, change] };
}

export async function redo(history: History): Promise<History> {
  const change = history.undone.at(-1);
  if (!change) return history;
  await change.redo();
  return { done: [...history.done, change], undone: history.undone.slice(0, -1) };
}
