import { useRef } from 'react';
import type { PaintedRegion } from '../../../../../shared/domain/plan/region';
import type { PrintMark, SnapshotView } from '../../../../../shared/domain/printout';
import { BodyViewer, type BodyViewerHandle } from '../../../scene/BodyViewer';
import { CAMERA_PRESETS, type CameraFraming } from '../../../scene/cameraPresets';
import { skinSurface } from '../../../scene/skinSurface';
import { measurePainMap, type PainMapMeasures } from '../pain-map';
import { composeSnapshot, imageSize, markSize, marksSeen, type SnapshotWashes } from './compose';
import { insetFraming, insetsFor, type InsetRegion } from './crowding';
import { framingCamera } from './projection';
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

/**
 * Where marks crowd in the whole-body views, the enlarged insets to add: decided on the pictures'
 * own size, from where each mark falls before any is moved aside.
 */
function crowdedInsets(
  views: readonly SnapshotView[],
  marks: readonly PrintMark[],
  width: number,
  height: number,
) {
  return insetsFor(
    views.map((view) => ({
      view,
      seen: marksSeen(framingCamera(CAMERA_PRESETS[view], width, height), marks, width, height).map(
        ({ mark, at }) => ({ point: mark.point, at }),
      ),
      size: markSize(height),
    })),
  );
}

interface Shot {
  view: SnapshotView;
  inset: InsetRegion | null;
  framing: CameraFraming;
  body: string;
}

interface SnapshotStageProps {
  views: readonly SnapshotView[];
  marks: readonly PrintMark[];
  /** The painted areas to draw; the pain areas are measured too. */
  washes: SnapshotWashes;
  /** The last session's pain map, for the overlap; null when there is no last session. */
  previousPainRegions: readonly PaintedRegion[] | null;
  /** Add an enlarged inset of each region where marks crowd (the summary). */
  insets: boolean;
  /** The client's body surface area, cm²: what the pain extent's share of the body is of. */
  bodyAreaCm2: number;
  /** Other sessions' pain maps to draw on the same views, each on its own (a course's baseline and now). */
  painMaps?: readonly (readonly PaintedRegion[])[];
  /** The myofascial line chosen for the session printed; the course printouts draw none. */
  highlightedLineId?: string | null;
  onDone: (rendering: ModelRendering) => void;
  onError: (message: string) => void;
}

/**
 * Renders the snapshots: the body viewer, off-screen at print resolution, renders each view from
 * its camera preset once the whole model is drawn (the viewer's `onReady`, never waited for with a
 * timer); then the marks are composed on top. The viewer is plain: nothing another screen lit up on
 * the model (a highlighted line) reaches the paper, only the line chosen for this session. Mounted only until it is done, and inert meanwhile:
 * nobody can tab into it or hear it.
 */
export function SnapshotStage({
  views,
  marks,
  washes,
  previousPainRegions,
  insets,
  bodyAreaCm2,
  painMaps = [],
  highlightedLineId = null,
  onDone,
  onError,
}: SnapshotStageProps) {
  const viewer = useRef<BodyViewerHandle>(null);
  const started = useRef(false);

  const capture = () => {
    if (started.current || !viewer.current) return;
    started.current = true;
    const handle = viewer.current;
    const measured = measurePain(washes.pain, previousPainRegions, bodyAreaCm2);
    const shot = (view: SnapshotView, inset: InsetRegion | null, framing: CameraFraming): Shot => ({
      view,
      inset,
      framing,
      body: handle.snapshot(framing),
    });
    const whole = views.map((view) => shot(view, null, CAMERA_PRESETS[view]));
    // The viewer stays mounted until onDone, so the insets can be rendered once the crowding is known.
    const enlarged = async (): Promise<Shot[]> => {
      const [first] = whole;
      if (!insets || !first) return [];
      const { width, height } = await imageSize(first.body);
      return crowdedInsets(views, marks, width, height).map((inset) =>
        shot(inset.view, inset.region, insetFraming(inset)),
      );
    };
    const composed = enlarged().then((more) =>
      Promise.all(
        [...whole, ...more].map(async ({ view, inset, framing, body }) => ({
          view,
          inset,
          url: await composeSnapshot(framing, body, marks, washes, inset !== null),
        })),
      ),
    );
    // Other sessions' pain maps on the same whole-body views, each alone (the course printouts).
    const maps = Promise.all(
      painMaps.map((pain) =>
        Promise.all(
          whole.map(async ({ view, framing, body }) => ({
            view,
            inset: null,
            url: await composeSnapshot(framing, body, [], { pain, caution: [] }),
          })),
        ),
      ),
    );
    Promise.all([composed, measured, maps])
      .then(([images, painMap, painMapImages]) => onDone({ images, painMap, painMapImages }))
      .catch((error: Error) => onError(error.message));
  };

  return (
    <div className="print-snapshot-stage" inert>
      <BodyViewer
        handleRef={viewer}
        onReady={capture}
        plain
        highlightedLineId={highlightedLineId}
        className="print-snapshot-stage__viewer"
        label="Body model for the printed snapshots"
      />
    </div>
  );
}
