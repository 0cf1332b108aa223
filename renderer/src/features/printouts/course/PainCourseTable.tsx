import { describeBodyArea, type BodyArea } from '../../../../../shared/domain/body-size';
import type { PrintedPainMap } from '../../../../../shared/domain/printouts/course';
import type { MeasuredPainMap } from '../../../../../shared/domain/printouts/pain-course';
import { printedDate, printedExtent, printedOverlap } from '../format';

interface PainCourseTableProps {
  maps: readonly PrintedPainMap[];
  /** `maps` measured on the model's skin, in the same order; null while the skin is built. */
  measured: readonly MeasuredPainMap[] | null;
  bodyArea: BodyArea;
}

/** Each session's pain map measured: its extent and its overlap with the previous map and the baseline. */
export function PainCourseTable({ maps, measured, bodyArea }: PainCourseTableProps) {
  if (maps.length === 0) return <p className="print-muted">No pain map has been painted yet.</p>;
  if (!measured) return <p className="print-muted print-screen-only">Measuring the pain maps…</p>;
  return (
    <>
      <table className="print-table">
        <caption className="visually-hidden">Pain extent and overlap by session</caption>
        <thead>
          <tr>
            <th scope="col">Session</th>
            <th scope="col">Date</th>
            <th scope="col">Pain extent</th>
            <th scope="col">Overlap with the previous map</th>
            <th scope="col">Overlap with the baseline</th>
          </tr>
        </thead>
        <tbody>
          {maps.map((map, index) => {
            const row = measured[index]!;
            return (
              <tr key={map.sessionId}>
                <th scope="row">{map.sessionNumber === null ? '—' : `Session ${map.sessionNumber}`}</th>
                <td>{printedDate(map.date)}</td>
                <td>{printedExtent(row.extent)}</td>
                <td>{printedOverlap(row.overlapWithPrevious)}</td>
                <td>{printedOverlap(row.overlapWithBaseline)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="print-muted">
        Extent as a share of the body surface, in cm² {describeBodyArea(bodyArea)}. Overlap is the Jaccard
        index: 1.00 is the same map, 0.00 no area in common.
      </p>
    </>
  );
}
