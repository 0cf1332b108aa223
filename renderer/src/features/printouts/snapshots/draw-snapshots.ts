import type { PaintedRegion } from '../../../../../shared/domain/plan/region';
import type { PrintMark, SnapshotView } from '../../../../../shared/domain/printout';
import { CAMERA_PRESETS, type CameraFraming } from '../../../scene/cameraPresets';
import { skinSurface } from '../../../scene/skinSurface';
import { measurePainMap, type PainMapMeasures } from '../pain-map';
import { bodyRenderer } from './body-renderer';
import { composeSnapshot, markSize, marksSeen, plainPicture, type SnapshotWashes } from './compose';
import { insetFraming, insetsFor, type InsetRegion } from './crowding';
import { insetFrame, PRINTED_HEIGHT_MM, wholeFrame, type SnapshotFrame } from './print-size';
import { framingCamera } from './projection';
import type { SnapshotImage } from './SnapshotFigures';
import { staticSnapshotsForBench } from './static-for-bench';

export interface ModelRendering {
  images: SnapshotImage[];
  /** Measured on the model's skin, so it needs the model too; null without pain areas. */
  painMap: PainMapMeasures | null;
  /** The same views once for each of the `painMaps` asked for, with only that map painted. */
  painMapImages: SnapshotImage[][];
  /** How many times the body was rendered: once for each picture printed from a view or inset. */
  renders: number;
}

export interface SnapshotRequest {
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
  /** How tall the whole-body views print, mm (PRINTED_HEIGHT_MM). */
  heightMm: number;
  /**
   * Other sessions' pain maps (a course's baseline and now): when given, the views are drawn once
   * for each of them, alone, and not with this session's marks, which the course printouts do not show.
   */
  painMaps?: readonly (readonly PaintedRegion[])[];
  /** The myofascial line chosen for the session printed, drawn lit; the course printouts draw none. */
  highlightedLineId?: string | null;
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

/** One picture to render: a whole-body view, or an enlarged inset seen from one. */
interface Shot {
  view: SnapshotView;
  inset: InsetRegion | null;
  framing: CameraFraming;
  frame: SnapshotFrame;
  heightMm: number;
}

/**
 * Where marks crowd in the whole-body views, the enlarged insets to add: decided on the pictures'
 * own size, from where each mark falls before any is moved aside.
 */
function crowdedInsets(
  views: readonly SnapshotView[],
  marks: readonly PrintMark[],
  whole: SnapshotFrame,
): Shot[] {
  const { width, height } = whole;
  const crowded = insetsFor(
    views.map((view) => ({
      view,
      seen: marksSeen(framingCamera(CAMERA_PRESETS[view], width, height), marks, width, height).map(
        ({ mark, at }) => ({ point: mark.point, at }),
      ),
      size: markSize(height),
    })),
  );
  return crowded.map((inset) => ({
    view: inset.view,
    inset: inset.region,
    framing: insetFraming(inset),
    frame: insetFrame(PRINTED_HEIGHT_MM.inset),
    heightMm: PRINTED_HEIGHT_MM.inset,
  }));
}

/**
 * Renders a printout's snapshots: each view and inset the sheet prints, once, at the size it
 * prints (print-size.ts), on the page's one body renderer; the marks and painted areas are then
 * drawn on top in 2D, every layer of a view from its one render, before the next render reuses the
 * canvas. The pain map's measures run meanwhile.
 */
export async function drawSnapshots(request: SnapshotRequest): Promise<ModelRendering> {
  const { views, marks, washes, painMaps } = request;
  const staticPictures = staticSnapshotsForBench();
  const measured = staticPictures
    ? Promise.resolve(null)
    : measurePain(washes.pain, request.previousPainRegions, request.bodyAreaCm2);
  const whole = wholeFrame(request.heightMm);
  const shots: Shot[] = [
    ...views.map((view) => ({
      view,
      inset: null,
      framing: CAMERA_PRESETS[view],
      frame: whole,
      heightMm: request.heightMm,
    })),
    ...(request.insets && !painMaps ? crowdedInsets(views, marks, whole) : []),
  ];
  const layers = painMaps
    ? painMaps.map((pain) => ({ marks: [], washes: { pain, caution: [] } }))
    : [{ marks, washes }];
  let drawn: Promise<string>[][];
  let renders = 0;
  if (staticPictures) {
    drawn = shots.map(({ frame }) => layers.map(() => plainPicture(frame)));
  } else {
    const body = await bodyRenderer();
    drawn = shots.map(({ framing, frame }) => {
      const picture = body.render(framing, frame, request.highlightedLineId ?? null);
      renders += 1;
      return layers.map((layer) => composeSnapshot(framing, picture, frame, layer.marks, layer.washes));
    });
  }
  const urls = await Promise.all(drawn.map((pictures) => Promise.all(pictures)));
  const imagesOf = (layer: number): SnapshotImage[] =>
    shots.map(({ view, inset, heightMm }, index) => ({ view, inset, heightMm, url: urls[index]![layer]! }));
  return {
    images: painMaps ? [] : imagesOf(0),
    painMap: await measured,
    painMapImages: painMaps ? painMaps.map((_, index) => imagesOf(index)) : [],
    renders,
  };
}
