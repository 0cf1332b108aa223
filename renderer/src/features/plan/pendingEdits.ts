/**
 * Field edits typed into the plan's panel and not yet saved. A change, an undo or a redo first
 * hands them to the store (`sendPendingEdits`), at once and before itself, so what was typed is
 * saved and undone in the order it was made, and a tool never works on a plan that lacks it.
 */
const senders = new Set<() => void>();

/** Adds the panel's `send`, for as long as it is shown; returns its removal. */
export function holdPendingEdits(send: () => void): () => void {
  senders.add(send);
  return () => senders.delete(send);
}

export function sendPendingEdits(): void {
  for (const send of senders) send();
}
