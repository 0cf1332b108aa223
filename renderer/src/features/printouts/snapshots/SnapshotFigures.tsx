import type { MarkKind, SnapshotView } from '../../../../../shared/domain/printout';
import { Legend, type LegendEntry } from '../../../marks/Legend';
import { MARK_STYLES, WASH_STYLES } from '../../../marks/styles';
import { PRINTED_PAIN_WASH } from './compose';
import type { InsetRegion } from './crowding';

export interface SnapshotImage {
  view: SnapshotView;
  /** Set on an enlarged inset of one region, seen from the view; null on a whole-body view. */
  inset: InsetRegion | null;
  /** A PNG rendered from the view's camera framing (a data: or blob: URL, never the network). */
  url: string;
  /** How tall it prints: what it was rendered for (print-size.ts), so the sheet lays it out so. */
  heightMm: number;
}

/** The painted areas a legend explains. */
export type WashKind = 'pain_area' | 'caution';

const WASH_LEGEND = { pain_area: PRINTED_PAIN_WASH, caution: WASH_STYLES.caution } as const;

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

/** The legend for the kinds of mark this printout shows (a zone with its number), and its painted areas. */
function legendEntries(kinds: readonly MarkKind[], washes: readonly WashKind[]): LegendEntry[] {
  return [
    ...kinds.map((kind) => ({ mark: MARK_STYLES[kind], glyph: kind === 'zone' ? '1' : undefined })),
    ...washes.map((wash) => ({ wash: WASH_LEGEND[wash] })),
  ];
}

/**
 * The snapshots side by side, each a figure that never splits across pages, and their legend right
 * under them, on the same page; then the enlarged insets of where marks crowd, with the same marks
 * and numbers.
 */
export function SnapshotFigures({
  images,
  legend,
  washes,
  plain,
}: {
  images: readonly SnapshotImage[];
  legend: readonly MarkKind[];
  washes: readonly WashKind[];
  plain: boolean;
}) {
  const titles = plain ? PLAIN_VIEW_TITLES : VIEW_TITLES;
  const orientation = plain ? PLAIN_ORIENTATION : ORIENTATION;
  const whole = images.filter((image) => !image.inset);
  const insets = images.flatMap(({ inset, ...image }) => (inset ? [{ ...image, inset }] : []));
  return (
    <div className="print-snapshots">
      <div className="print-snapshots__row">
        {whole.map((image) => (
          <figure className="print-snapshot" key={image.view}>
            <img
              className="print-snapshot__image"
              src={image.url}
              style={{ height: `${image.heightMm}mm` }}
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
        entries={legendEntries(legend, washes)}
        className="print-legend"
        symbolClassName="print-legend__symbol"
      />
      {insets.length > 0 && (
        <div className="print-snapshots__row print-snapshots__row--insets">
          {insets.map((image) => (
            <figure className="print-snapshot print-snapshot--inset" key={image.inset.id}>
              <img
                className="print-snapshot__image"
                src={image.url}
                style={{ height: `${image.heightMm}mm` }}
                alt={`${image.inset.title}, enlarged, ${titles[image.view]}, with the session's marks`}
              />
              <figcaption>
                {image.inset.title}, enlarged
                <span className="print-snapshot__orientation">
                  {titles[image.view]}: {orientation[image.view].toLowerCase()}
                </span>
              </figcaption>
            </figure>
          ))}
        </div>
      )}
    </div>
  );
}
