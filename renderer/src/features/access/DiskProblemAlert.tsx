import { useEffect, useState } from 'react';
import { onDiskProblem } from '../../api/client';

/**
 * Main's message when the disk is full or the data folder read-only, whichever screen made the call:
 * it names the folder and says nothing was saved, so no one goes on believing a note was kept.
 */
export function DiskProblemAlert() {
  const [problem, setProblem] = useState<string>();
  useEffect(() => onDiskProblem(setProblem), []);
  if (!problem) return null;
  return (
    <div className="disk-alert" role="alert">
      <p>{problem}</p>
      <button className="button" type="button" onClick={() => setProblem(undefined)}>
        Dismiss
      </button>
    </div>
  );
}
