import { myofascialLines } from '../../../../shared/anatomy';
import type { MarkKind } from '../../../../shared/domain/printout';
import { SnapshotFigures, type SnapshotImage, type WashKind } from './snapshots/SnapshotFigures';

interface SnapshotsSectionProps {
  title: string;
  images: readonly SnapshotImage[] | null;
  /** How many times the body was rendered for them, said on the section for the tests. */
  renders: number | null;
  /** Set when this computer could not draw the model: the rest of the printout still prints. */
  problem: string | null;
  legend: readonly MarkKind[];
  /** The painted areas the legend explains: the pain areas, unless told otherwise. */
  washes?: readonly WashKind[];
  /** The client's copy: views named in everyday words. */
  plain?: boolean;
  /** The myofascial line the snapshots draw, named under them; null or left out for none. */
  lineId?: string | null;
}

export function SnapshotsSection({
  title,
  images,
  renders,
  problem,
  legend,
  washes = ['pain_area'],
  plain = false,
  lineId = null,
}: SnapshotsSectionProps) {
  const line = myofascialLines().find((l) => l.id === lineId);
  return (
    <section
      className="print-section"
      aria-labelledby="snapshots-heading"
      data-body-renders={renders ?? undefined}
    >
      <h2 id="snapshots-heading">{title}</h2>
      {problem ? (
        <p className="print-muted">The body model could not be drawn for this printout ({problem}).</p>
      ) : images ? (
        <>
          <SnapshotFigures images={images} legend={legend} washes={washes} plain={plain} />
          {line && (
            <p className="print-muted" data-highlighted-line={line.id}>
              Highlighted on the model: {line.name}
            </p>
          )}
        </>
      ) : (
        <p className="print-muted print-screen-only">Drawing the body model…</p>
      )}
    </section>
  );
}
