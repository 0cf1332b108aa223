import { useEffect, useRef } from 'react';
import { drawSnapshots, type ModelRendering, type SnapshotRequest } from './draw-snapshots';

export type { ModelRendering } from './draw-snapshots';

interface SnapshotStageProps extends SnapshotRequest {
  onDone: (rendering: ModelRendering) => void;
  onError: (message: string) => void;
}

/**
 * Draws a printout's snapshots (drawSnapshots) once, when mounted: the sheet mounts it until it is
 * done and keys it by what it draws. Nothing of it is on the page; the body is rendered off-screen.
 */
export function SnapshotStage({ onDone, onError, ...request }: SnapshotStageProps) {
  const started = useRef(false);
  useEffect(() => {
    // Once per mount: the sheet re-renders meanwhile with equal but new arrays.
    if (started.current) return;
    started.current = true;
    drawSnapshots(request).then(onDone, (error: Error) => onError(error.message));
  });
  return null;
}
