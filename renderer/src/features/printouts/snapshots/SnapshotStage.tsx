import { useRef } from 'react';
import type { PaintedRegion } from '../../../../../shared/domain/plan/region';
import type { PrintMark, SnapshotView } from '../../../../../shared/domain/printout';
import { BodyViewer, type BodyViewerHandle } from '../../../scene/BodyViewer';
import { skinSurface } from '../../../scene/skinSurface';
import { measurePainMap, type PainMapMeasures } from '../pain-map';
import { composeSnapshot } from './compose';
import type { SnapshotImage } from './SnapshotFigures';

export interface ModelRendering {
  images: SnapshotImage[];
  /** Measured on the model's skin, so it needs the model too; null without pain areas. */
  painMap: PainMapMeasures | null;
  /** The same views once for each of the `painMaps` asked for, with only that map painted. */
  painMapImages: SnapshotImage[][];
}

/**
 * The pain map's measures on the skin. The skin surface is the one the plan's measures use, built
 * once per page in slices, so it runs between the snapshots' own steps.
 */
async function measurePain(
  regions: readonly PaintedRegion[],
  previous: readonly PaintedRegion[] | null,
  bodyAreaCm2: number,
): Promise<PainMapMeasures | null> {
  if (regions.length === 0) return null;
  return measurePainMap(regions, previous, (await skinSurface()).surface, bodyAreaCm2);
}

interface SnapshotStageProps {
  views: readonly SnapshotView[];
  marks: readonly PrintMark[];
  painRegions: readonly PaintedRegion[];
  /** The last session's pain map, for the overlap; null when there is no last session. */
  previousPainRegions: readonly PaintedRegion[] | null;
  /** The client's body surface area, cm²: what the pain extent's share of the body is of. */
  bodyAreaCm2: number;
  /** Other sessions' pain maps to draw on the same views, each on its own (a course's baseline and now). */
  painMaps?: readonly (readonly PaintedRegion[])[];
  onDone: (rendering: ModelRendering) => void;
  onError: (message: string) => void;
}

/**
 * Renders the snapshots: the body viewer, off-screen at print resolution, renders each view from
 * its camera preset once the whole model is drawn (the viewer's `onReady`, never waited for with a
 * timer); then the marks are composed on top. Mounted only until it is done, and inert meanwhile:
 * nobody can tab into it or hear it.
 */
export function SnapshotStage({
  views,
  marks,
  painRegions,
  previousPainRegions,
  bodyAreaCm2,
  painMaps = [],
  onDone,
  onError,
}: SnapshotStageProps) {
  const viewer = useRef<BodyViewerHandle>(null);
  const started = useRef(false);

  const capture = () => {
    if (started.current || !viewer.current) return;
    started.current = true;
    const measured = measurePain(painRegions, previousPainRegions, bodyAreaCm2);
    const shots = views.map((view) => ({ view, body: viewer.current!.snapshot(view) }));
    Promise.all([
      Promise.all(
        shots.map(async ({ view, body }) => ({
          view,
          url: await composeSnapshot(view, body, marks, painRegions),
        })),
      ),
      measured,
      Promise.all(
        painMaps.map((regions) =>
          Promise.all(
            shots.map(async ({ view, body }) => ({
              view,
              url: await composeSnapshot(view, body, [], regions),
            })),
          ),
        ),
      ),
    ])
      .then(([images, painMap, painMapImages]) => onDone({ images, painMap, painMapImages }))
      .catch((error: Error) => onError(error.message));
  };

  return (
    <div className="print-snapshot-stage" inert>
      <BodyViewer
        handleRef={viewer}
        onReady={capture}
        className="print-snapshot-stage__viewer"
        label="Body model for the printed snapshots"
      />
    </div>
  );
}
