import { useState } from 'react';

/** Purging cannot be undone, so it takes a second, explicit click. */
export function PurgeButton({ what, onPurge }: { what: string; onPurge: () => Promise<unknown> }) {
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string>();
  if (!confirming) {
    return (
      <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
        Purge…
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label="Confirm purge">
      <span>This removes the {what} for good.</span>
      <button
        type="button"
        className="button button--danger"
        onClick={() => onPurge().catch((error: Error) => setFailure(error.message))}
      >
        Purge for good
      </button>
      <button type="button" className="button" onClick={() => setConfirming(false)}>
        Keep
      </button>
      {failure && <span role="alert">{failure}</span>}
    </span>
  );
}
