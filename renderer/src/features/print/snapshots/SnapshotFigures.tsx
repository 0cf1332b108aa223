import type { MarkKind, SnapshotView } from '../../../../../shared/domain/print';
import { Legend } from './Legend';

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
 * What lies at the image's left and right edge in each view. Facing the client (anterior), their
 * right is on the reader's left; from behind it is the other way round.
 */
const EDGE_LABELS: Record<SnapshotView, [string, string]> = {
  anterior: ['Client’s right', 'Client’s left'],
  posterior: ['Client’s left', 'Client’s right'],
  left: ['Front', 'Back'],
  right: ['Back', 'Front'],
};

/** The snapshots side by side, each a figure that never splits across pages, and their legend. */
export function SnapshotFigures({
  images,
  legend,
}: {
  images: readonly SnapshotImage[];
  legend: readonly MarkKind[];
}) {
  return (
    <div className="snapshots">
      <div className="snapshots__row">
        {images.map((image) => (
          <figure className="snapshot" key={image.view}>
            <div className="snapshot__frame">
              <span className="snapshot__edge">{EDGE_LABELS[image.view][0]}</span>
              <img
                className="snapshot__image"
                src={image.url}
                alt={`The body model, ${VIEW_TITLES[image.view]}, with the session's marks`}
              />
              <span className="snapshot__edge">{EDGE_LABELS[image.view][1]}</span>
            </div>
            <figcaption>{VIEW_TITLES[image.view]}</figcaption>
          </figure>
        ))}
      </div>
      <Legend kinds={legend} />
    </div>
  );
}
