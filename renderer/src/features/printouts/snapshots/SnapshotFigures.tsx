import type { MarkKind, SnapshotView } from '../../../../../shared/domain/printout';
import { Legend, type LegendEntry } from '../../../marks/Legend';
import { MARK_STYLES, PAIN_AREA_STYLE } from '../../../marks/styles';

export interface SnapshotImage {
  view: SnapshotView;
  /** A PNG rendered from the view's camera preset (a data: or blob: URL, never the network). */
  url: string;
}

const VIEW_TITLES: Record<SnapshotView, string> = {
  anterior: 'Front (anterior)',
  posterior: 'Back (posterior)',
  left: 'Client’s left side',
  right: 'Client’s right side',
};

/**
 * Which way round the picture is, in words under it (the image also says so at the feet). Facing
 * the client, their right is on the reader's left; from behind it is the other way round.
 */
const ORIENTATION: Record<SnapshotView, string> = {
  anterior: 'Client’s right on the left, client’s left on the right',
  posterior: 'Client’s left on the left, client’s right on the right',
  left: 'Client’s left side: front to the left',
  right: 'Client’s right side: front to the right',
};

/** The views in the client's words, for the take-home sheet: "you", and no Latin. */
const PLAIN_VIEW_TITLES: Record<SnapshotView, string> = {
  anterior: 'Front',
  posterior: 'Back',
  left: 'Your left side',
  right: 'Your right side',
};

const PLAIN_ORIENTATION: Record<SnapshotView, string> = {
  anterior: 'Facing you: your right is on the left of the picture',
  posterior: 'From behind: your left is on the left of the picture',
  left: 'Your left side: your front is to the left',
  right: 'Your right side: your front is to the right',
};

/** The legend for the kinds of mark this printout shows (a zone with its number), and the pain areas. */
function legendEntries(kinds: readonly MarkKind[]): LegendEntry[] {
  return [
    ...kinds.map((kind) => ({ mark: MARK_STYLES[kind], glyph: kind === 'zone' ? '1' : undefined })),
    { wash: { ...PAIN_AREA_STYLE, striped: false } },
  ];
}

/** The snapshots side by side, each a figure that never splits across pages, and their legend. */
export function SnapshotFigures({
  images,
  legend,
  plain,
}: {
  images: readonly SnapshotImage[];
  legend: readonly MarkKind[];
  plain: boolean;
}) {
  const titles = plain ? PLAIN_VIEW_TITLES : VIEW_TITLES;
  const orientation = plain ? PLAIN_ORIENTATION : ORIENTATION;
  return (
    <div className="print-snapshots">
      <div className="print-snapshots__row">
        {images.map((image) => (
          <figure className="print-snapshot" key={image.view}>
            <img
              className="print-snapshot__image"
              src={image.url}
              alt={`The body model, ${titles[image.view]}, with the session's marks`}
            />
            <figcaption>
              {titles[image.view]}
              <span className="print-snapshot__orientation">{orientation[image.view]}</span>
            </figcaption>
          </figure>
        ))}
      </div>
      <Legend
        entries={legendEntries(legend)}
        className="print-legend"
        symbolClassName="print-legend__symbol"
      />
    </div>
  );
}
