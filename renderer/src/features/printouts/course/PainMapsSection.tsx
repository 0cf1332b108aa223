import type { PrintedPainMap } from '../../../../../shared/domain/printouts/course';
import { SnapshotFigures, type SnapshotImage } from '../snapshots/SnapshotFigures';
import { printedDate } from '../format';

/** The maps a course printout draws: the baseline and the latest, or the one there is. */
export function comparedPainMaps(maps: readonly PrintedPainMap[]): PrintedPainMap[] {
  return maps.length <= 1 ? [...maps] : [maps[0]!, maps.at(-1)!];
}

const sessionWords = (map: PrintedPainMap) =>
  `${map.sessionNumber === null ? 'Session' : `Session ${map.sessionNumber}`}, ${printedDate(map.date)}`;

interface PainMapsSectionProps {
  maps: readonly PrintedPainMap[];
  /** The drawn views of `comparedPainMaps(maps)`, in its order; null while they are drawn. */
  images: readonly (readonly SnapshotImage[])[] | null;
  problem: string | null;
}

/** The pain map at baseline and now, side by side, each on the front and back views. */
export function PainMapsSection({ maps, images, problem }: PainMapsSectionProps) {
  const compared = comparedPainMaps(maps);
  return (
    <section className="print-section print-section--keep" aria-labelledby="pain-maps-heading">
      <h2 id="pain-maps-heading">Pain map at baseline and now</h2>
      {compared.length === 0 ? (
        <p className="print-muted">No pain map has been painted yet.</p>
      ) : problem ? (
        <p className="print-muted">The body model could not be drawn for this printout ({problem}).</p>
      ) : images ? (
        <div className="print-pain-maps">
          {compared.map((map, index) => (
            <div className="print-pain-map" key={map.sessionId}>
              <h3>
                {compared.length === 1 ? 'Baseline and now' : index === 0 ? 'Baseline' : 'Now'}:{' '}
                {sessionWords(map)}
              </h3>
              <SnapshotFigures
                images={images[index] ?? []}
                legend={[]}
                washes={['pain_area']}
                plain={false}
              />
            </div>
          ))}
        </div>
      ) : (
        <p className="print-muted print-screen-only">Drawing the body model…</p>
      )}
    </section>
  );
}
