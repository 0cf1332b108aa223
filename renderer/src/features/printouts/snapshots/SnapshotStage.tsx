import { useRef } from 'react';
import { painExtent, type PainExtent } from '../../../../../shared/domain/plan/measures';
import type { PaintedRegion } from '../../../../../shared/domain/plan/region';
import type { PrintMark, SnapshotView } from '../../../../../shared/domain/printout';
import { BodyViewer, type BodyViewerHandle } from '../../../scene/BodyViewer';
import { skinSurface } from '../../../scene/skinSurface';
import { composeSnapshot } from './compose';
import type { SnapshotImage } from './SnapshotFigures';

export interface ModelRendering {
  images: SnapshotImage[];
  /** Measured on the model's skin, so it needs the model too; null without pain areas. */
  painExtent: PainExtent | null;
}

/**
 * The area the pain regions cover on the skin. The skin surface is the one the plan's measures use,
 * built once per page in slices, so it runs between the snapshots' own steps.
 */
async function measurePainExtent(
  regions: readonly PaintedRegion[],
  bodyAreaCm2: number,
): Promise<PainExtent | null> {
  if (regions.length === 0) return null;
  return painExtent(regions, (await skinSurface()).surface, bodyAreaCm2);
}

interface SnapshotStageProps {
  views: readonly SnapshotView[];
  marks: readonly PrintMark[];
  painRegions: readonly PaintedRegion[];
  /** The client's body surface area, cm²: what the pain extent's share of the body is of. */
  bodyAreaCm2: number;
  onDone: (rendering: ModelRendering) => void;
  onError: (message: string) => void;
}

/**
 * Renders the snapshots: the body viewer, off-screen at print resolution, renders each view from
 * its camera preset once the whole model is drawn (the viewer's `onReady`, never waited for with a
 * timer); then the marks are composed on top. The viewer is plain: nothing another screen lit up on
 * the model (a highlighted line) reaches the paper. Mounted only until it is done, and inert meanwhile:
 * nobody can tab into it or hear it.
 */
export function SnapshotStage({
  views,
  marks,
  painRegions,
  bodyAreaCm2,
  onDone,
  onError,
}: SnapshotStageProps) {
  const viewer = useRef<BodyViewerHandle>(null);
  const started = useRef(false);

  const capture = () => {
    if (started.current || !viewer.current) return;
    started.current = true;
    const extent = measurePainExtent(painRegions, bodyAreaCm2);
    const shots = views.map((view) => ({ view, body: viewer.current!.snapshot(view) }));
    Promise.all([
      Promise.all(
        shots.map(async ({ view, body }) => ({
          view,
          url: await composeSnapshot(view, body, marks, painRegions),
        })),
      ),
      extent,
    ])
      .then(([images, painExtent]) => onDone({ images, painExtent }))
      .catch((error: Error) => onError(error.message));
  };

  return (
    <div className="print-snapshot-stage" inert>
      <BodyViewer
        handleRef={viewer}
        onReady={capture}
        plain
        className="print-snapshot-stage__viewer"
        label="Body model for the printed snapshots"
      />
    </div>
  );
}
